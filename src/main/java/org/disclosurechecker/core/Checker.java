package org.disclosurechecker.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.disclosurechecker.config.ConfigException;
import org.disclosurechecker.config.Settings;
import org.disclosurechecker.config.SettingsLoader;
import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.ReadFailure;
import org.disclosurechecker.facts.Report;
import org.disclosurechecker.facts.ReportFacts;
import org.disclosurechecker.facts.extract.AcrossYears;
import org.disclosurechecker.facts.extract.FactExtractor;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.model.Document;
import org.disclosurechecker.read.ReadException;
import org.disclosurechecker.read.ReadOptions;
import org.disclosurechecker.read.Readers;
import org.disclosurechecker.rules.RuleBase;
import org.disclosurechecker.rules.RuleEngineException;

/**
 * Checks report files: read → facts → rules → findings, one file at a time, with one compiled
 * rulebase for the whole run. A file that cannot be read yields a READ-ERROR finding and the run goes
 * on; only usage, configuration and rulebase problems abort it ({@link CheckException}).
 */
public final class Checker {

    private final RuleBase rules;
    private final FactExtractor extractor;
    private final Readers readers;

    public Checker(RuleBase rules) {
        this.rules = rules;
        this.extractor = new FactExtractor(Templates.loadBundled());
        this.readers = Readers.standard();
    }

    /** A checker with the bundled rules plus the request's rules directory, compiled now. */
    public static Checker forRequest(CheckRequest request) throws CheckException {
        try {
            return new Checker(RuleBase.load(request.rulesDirectory()));
        } catch (RuleEngineException e) {
            throw new CheckException(e.getMessage(), e);
        }
    }

    public RuleBase rules() {
        return rules;
    }

    public CheckResult check(CheckRequest req) throws CheckException {
        Settings settings = settings(req);
        Set<String> skip = new HashSet<>(req.skipRules());
        for (String id : skip) {
            if (!rules.catalogue().contains(id)) {
                throw new CheckException("要跳过的规则编号“" + id + "”不存在（见 docs/rules.md）");
            }
        }
        skip.addAll(settings.disabled());
        InputFiles.Found found = InputFiles.find(req, readers);
        ReadOptions readOptions = new ReadOptions(req.maxFileBytes(), req.encoding());
        FactOptions factOptions = new FactOptions(req.year(), req.edition(), settings.townshipDeadline());
        FindingFinisher finisher = new FindingFinisher(rules.catalogue(), settings);

        Previous previous = previous(req, readOptions, settings);
        List<ReportResult> results = inParallel(found.reports(), file -> checkFile(file,
                InputFiles.display(req.baseDir(), file), readOptions, factOptions, skip, finisher, req.failOn(),
                previous));
        long violations = results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> !f.suppressed() && f.severity().atLeast(req.failOn())).count();
        return new CheckResult(version(), rules.catalogue().all(), results, req.failOn(), req.maxAllowedViolations(),
                violations, violations <= req.maxAllowedViolations(),
                found.skipped().stream().map(f -> InputFiles.display(req.baseDir(), f)).toList());
    }

    /**
     * Checks files on all cores, keeping their order. Each check is independent (the rulebase is shared,
     * sessions are not), so a supervisor's folder of a thousand reports uses the whole machine.
     */
    private List<ReportResult> inParallel(List<Path> files, Function<Path, ReportResult> check) {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return files.stream().map(check).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "disclosure-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReportResult>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> check.apply(f)));
            }
            List<ReportResult> out = new ArrayList<>();
            for (Future<ReportResult> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("检查被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Last year's report, read and extracted once per run. */
    private record Previous(Document document, ReportFacts facts, double threshold) {
    }

    private Previous previous(CheckRequest req, ReadOptions readOptions, Settings settings) throws CheckException {
        if (req.previousReport() == null) {
            return null;
        }
        Path p = req.previousReport().isAbsolute() ? req.previousReport() : req.baseDir().resolve(req.previousReport());
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new CheckException("上一年度报告不存在或不是文件：" + req.previousReport());
        }
        try {
            Document doc = readers.read(p, InputFiles.display(req.baseDir(), p), readOptions);
            return new Previous(doc, extractor.extract(doc, FactOptions.defaults()), settings.similarityThreshold());
        } catch (ReadException e) {
            throw new CheckException("无法读取上一年度报告 " + req.previousReport() + "：" + e.getMessage(), e);
        }
    }

    private ReportResult checkFile(Path file, String display, ReadOptions readOptions, FactOptions factOptions,
                                   Set<String> skip, FindingFinisher finisher, Severity failOn, Previous previous) {
        Document doc = null;
        ReportFacts facts = null;
        List<Finding> raw;
        try {
            Read read = readWithinLimits(file, display, readOptions, factOptions);
            doc = read.document();
            facts = read.facts();
            List<Object> all = new ArrayList<>(facts.facts());
            all.addAll(doc.notes());
            if (previous != null) {
                all.addAll(AcrossYears.facts(doc, facts, previous.document(), previous.facts(), previous.threshold()));
            }
            raw = rules.run(all, skip);
        } catch (ReadException e) {
            raw = rules.run(List.of(new ReadFailure(e.reason(), e.getMessage())), skip);
        } catch (RuntimeException e) {
            // a defect of ours must not hide the other reports: report it on this file and go on
            raw = rules.run(List.of(new ReadFailure("internal",
                    "检查该文件时发生内部错误（" + e + "），请将文件和此消息反馈给维护者。")), skip);
        }
        List<Finding> findings = finisher.finish(raw, display, doc, facts);
        boolean passed = findings.stream().noneMatch(f -> !f.suppressed() && f.severity().atLeast(failOn));
        Report r = facts == null ? null : facts.report();
        return new ReportResult(display, passed, r == null || r.edition() == null ? null : r.edition().name(),
                r == null ? null : r.year(), r == null ? null : r.organ(), findings);
    }

    private record Read(Document document, ReportFacts facts) {
    }

    /**
     * Reads one file and extracts its facts on a thread of its own with a time limit by size
     * ({@link FileGuard}): a hang, a stack overflow or lack of memory becomes a READ-ERROR for this file.
     */
    private Read readWithinLimits(Path file, String display, ReadOptions readOptions, FactOptions factOptions)
            throws ReadException {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new ReadException("io", "无法读取文件：" + e.getMessage(), e);
        }
        return FileGuard.run(() -> {
            Document d = readers.read(file, display, readOptions);
            return new Read(d, extractor.extract(d, factOptions));
        }, FileGuard.limitFor(size));
    }

    private Settings settings(CheckRequest req) throws CheckException {
        if (req.configFile() == null) {
            return Settings.defaults();
        }
        try {
            return SettingsLoader.load(req.configFile(), rules.catalogue()::contains);
        } catch (ConfigException e) {
            throw new CheckException(e.getMessage(), e);
        }
    }

    /** This build's version (from the jar). */
    public static String version() {
        try (InputStream in = Checker.class.getResourceAsStream("/org/disclosurechecker/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
