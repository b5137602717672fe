package org.disclosurechecker.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

import org.disclosurechecker.config.ConfigException;
import org.disclosurechecker.config.Settings;
import org.disclosurechecker.config.SettingsLoader;
import org.disclosurechecker.config.UnitList;
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

    /** Documents (with their facts) kept between the two passes of a run, at most. */
    static final int KEPT_DOCUMENTS = 256;

    private final int keptDocuments;

    private final RuleBase rules;
    private final FactExtractor extractor;
    private final Readers readers;
    private final LongFunction<Duration> timeLimit;

    public Checker(RuleBase rules) {
        this(rules, Readers.standard(), FileGuard::limitFor, KEPT_DOCUMENTS);
    }

    /** A checker that keeps at most {@code keptDocuments} documents between the passes of a run (tests). */
    Checker(RuleBase rules, int keptDocuments) {
        this(rules, Readers.standard(), FileGuard::limitFor, keptDocuments);
    }

    /**
     * For tests: other readers (e.g. a stub for a test-only extension) and another per-file time limit
     * by file size (the production limit is {@link FileGuard#limitFor}).
     */
    Checker(RuleBase rules, Readers readers, LongFunction<Duration> timeLimit) {
        this(rules, readers, timeLimit, KEPT_DOCUMENTS);
    }

    private Checker(RuleBase rules, Readers readers, LongFunction<Duration> timeLimit, int keptDocuments) {
        this.keptDocuments = keptDocuments;
        this.rules = rules;
        this.extractor = new FactExtractor(Templates.loadBundled());
        this.readers = readers;
        this.timeLimit = timeLimit;
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

        UnitList units = unitList(req);
        Previous previous = previous(req, readOptions, settings);
        // (a forced edition would also apply to last year's report, which may be of another edition)
        boolean pairing = previous == null && req.edition() == null;
        List<Path> files = found.reports();
        List<Integer> indices = IntStream.range(0, files.size()).boxed().toList();

        // Pass 1: every file read and its facts extracted once. A report whose result cannot depend on the
        // others is checked at once and only its findings are kept; the documents of the first
        // KEPT_DOCUMENTS files are kept for pass 2, so that memory stays bounded however many files a
        // supervisor's folder holds (a kept document with its facts is ~75 KB).
        Map<Integer, Parsed> kept = new ConcurrentHashMap<>();
        AtomicInteger room = new AtomicInteger(keptDocuments);
        boolean needsOthers = units != null || pairing;
        List<First> first = inParallel(indices, i -> {
            Path file = files.get(i);
            Parsed p = parse(file, InputFiles.display(req.baseDir(), file), readOptions, factOptions);
            Report key = p.facts() == null ? null : p.facts().report().withoutText();
            if (needsOthers && (p.failure() != null || room.getAndDecrement() > 0)) {
                kept.put(i, p);
                return new First(p.display(), key, p.failure() == null, null);
            }
            return new First(p.display(), key, p.failure() == null,
                    checkParsed(p, List.of(), skip, finisher, req.failOn(), previous));
        });

        Map<Integer, List<Object>> extra = new HashMap<>();
        UnitMatcher.Outcome outcome = null;
        if (units != null) {
            List<UnitMatcher.Entry> entries = first.stream()
                    .map(f -> new UnitMatcher.Entry(f.display(), f.report(), f.readable())).toList();
            outcome = UnitMatcher.match(units, InputFiles.display(req.baseDir(), units.file()), entries, req.year());
            extra.putAll(outcome.reportFacts());
        }
        Map<Integer, Integer> paired = pairing ? pairAcrossYears(first, units) : Map.of();
        Set<Integer> previousOfOthers = new HashSet<>(paired.values());

        // Pass 2: the reports whose result depends on the others (kept, paired, or given unit facts),
        // from their kept document or read again.
        List<ReportResult> results = new ArrayList<>(inParallel(indices, i -> {
            First f = first.get(i);
            if (f.result() != null && !paired.containsKey(i) && !extra.containsKey(i)) {
                return f.result();
            }
            Parsed p = previousOfOthers.contains(i) ? kept.get(i) : kept.remove(i);
            if (p == null) {
                p = parse(files.get(i), f.display(), readOptions, factOptions);
            }
            Previous prev = previous;
            Integer j = paired.get(i);
            if (j != null) {
                Parsed pp = kept.get(j);
                if (pp == null) {
                    pp = parse(files.get(j), first.get(j).display(), readOptions, factOptions);
                }
                prev = pp.failure() != null ? null
                        : new Previous(pp.doc(), pp.facts(), settings.similarityThreshold(), pp.display());
            }
            return checkParsed(p, extra.getOrDefault(i, List.of()), skip, finisher, req.failOn(), prev);
        }));
        kept.clear();
        if (outcome != null) {
            List<Finding> raw = rules.run(new ArrayList<>(outcome.missing()), skip).stream()
                    .map(f -> f.excerpt() != null || f.line() <= 0 ? f : f.withExcerpt(unitLine(units, f.line())))
                    .toList();
            List<Finding> findings = finisher.finish(raw, outcome.rollup().file(), null, null);
            boolean passed = findings.stream().noneMatch(f -> !f.suppressed() && f.severity().atLeast(req.failOn()));
            results.add(new ReportResult(outcome.rollup().file(), passed, null, null, null, findings));
        }
        long violations = results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> !f.suppressed() && f.severity().atLeast(req.failOn())).count();
        return new CheckResult(version(), rules.catalogue().all(), results, req.failOn(), req.maxAllowedViolations(),
                violations, violations <= req.maxAllowedViolations(),
                found.skipped().stream().map(f -> InputFiles.display(req.baseDir(), f)).toList(),
                outcome == null ? null : outcome.rollup(), req.baseDir().toAbsolutePath().normalize());
    }

    private static String unitLine(UnitList units, int line) {
        return units.units().stream().filter(u -> u.line() == line).findFirst()
                .map(u -> u.name() + (u.kind() == null ? "" : "," + u.kind()) + (u.files() == null ? "" : "," + u.files()))
                .orElse(null);
    }

    private UnitList unitList(CheckRequest req) throws CheckException {
        if (req.unitsFile() == null) {
            return null;
        }
        Path p = req.unitsFile().isAbsolute() ? req.unitsFile() : req.baseDir().resolve(req.unitsFile());
        try {
            return UnitList.load(p.normalize());
        } catch (ConfigException e) {
            throw new CheckException(e.getMessage(), e);
        }
    }

    /**
     * Checks files on all cores, keeping their order. Each check is independent (the rulebase is shared,
     * sessions are not), so a supervisor's folder of a thousand reports uses the whole machine.
     */
    private <T, R> List<R> inParallel(List<T> files, Function<T, R> check) {
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
            List<Future<R>> futures = new ArrayList<>();
            for (T f : files) {
                futures.add(pool.submit(() -> check.apply(f)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> fu : futures) {
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
    private record Previous(Document document, ReportFacts facts, double threshold, String display) {
    }

    /** What pass 1 keeps of a file: its key for matching and pairing, and its result when already checked. */
    private record First(String display, Report report, boolean readable, ReportResult result) {
    }

    /**
     * Without --previous: each report whose organ (its unit when a unit list is given, else the organ its
     * title, or else its 落款, names) has exactly one report of the year before in this run is compared
     * with that one (report index → index of the previous report). Two candidates, an unreadable file or
     * an unknown year or organ: no pairing.
     */
    private static Map<Integer, Integer> pairAcrossYears(List<First> first, UnitList units) {
        Map<String, Map<Integer, List<Integer>>> byOrgan = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            First f = first.get(i);
            if (!f.readable() || f.report() == null || f.report().year() == null) {
                continue;
            }
            String key = organKey(f, units);
            if (key != null) {
                byOrgan.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(f.report().year(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (Map<Integer, List<Integer>> years : byOrgan.values()) {
            for (Map.Entry<Integer, List<Integer>> e : years.entrySet()) {
                List<Integer> before = years.get(e.getKey() - 1);
                if (before == null || before.size() != 1) {
                    continue;
                }
                for (int i : e.getValue()) {
                    out.put(i, before.get(0));
                }
            }
        }
        return out;
    }

    private static String organKey(First f, UnitList units) {
        Report r = f.report();
        if (units != null) {
            UnitList.Unit u = UnitMatcher.unitOf(units.units(), new UnitMatcher.Entry(f.display(), r, true));
            if (u != null) {
                return "unit:" + u.name();
            }
        }
        String organ = FactExtractor.titleOrgan(r.title());
        if (organ == null) {
            organ = r.organ();
        }
        return organ == null ? null : "organ:" + UnitMatcher.canonical(organ);
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
            return new Previous(doc, extractor.extract(doc, FactOptions.defaults()), settings.similarityThreshold(),
                    InputFiles.display(req.baseDir(), p));
        } catch (ReadException e) {
            throw new CheckException("无法读取上一年度报告 " + req.previousReport() + "：" + e.getMessage(), e);
        }
    }

    /** One file read and its facts extracted, or why it could not be. */
    private record Parsed(Path file, String display, Document doc, ReportFacts facts, ReadFailure failure) {
    }

    private Parsed parse(Path file, String display, ReadOptions readOptions, FactOptions factOptions) {
        Document doc = null;
        try {
            Read read = readWithinLimits(file, display, readOptions, factOptions);
            doc = read.document();
            return new Parsed(file, display, doc, read.facts(), null);
        } catch (ReadException e) {
            return new Parsed(file, display, null, null, new ReadFailure(e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            // a defect of ours must not hide the other reports: report it on this file and go on
            return new Parsed(file, display, doc, null, internal(e));
        }
    }

    private static ReadFailure internal(RuntimeException e) {
        return new ReadFailure("internal", "检查该文件时发生内部错误（" + e + "），请将文件和此消息反馈给维护者。");
    }

    private ReportResult checkParsed(Parsed p, List<Object> extra, Set<String> skip, FindingFinisher finisher,
                                     Severity failOn, Previous previous) {
        Document doc = p.doc();
        ReportFacts facts = p.facts();
        List<Finding> raw;
        if (p.failure() != null) {
            raw = rules.run(List.of(p.failure()), skip);
        } else {
            try {
                List<Object> all = new ArrayList<>(facts.facts());
                all.addAll(doc.notes());
                if (previous != null) {
                    all.addAll(AcrossYears.facts(doc, facts, previous.document(), previous.facts(), previous.threshold()));
                }
                all.addAll(extra);
                raw = rules.run(all, skip);
            } catch (RuntimeException e) {
                raw = rules.run(List.of(internal(e)), skip);
            }
        }
        if (p.failure() != null) {
            facts = null;
        }
        List<Finding> findings = finisher.finish(raw, p.display(), doc, facts);
        boolean passed = findings.stream().noneMatch(f -> !f.suppressed() && f.severity().atLeast(failOn));
        Report r = facts == null ? null : facts.report();
        return new ReportResult(p.display(), passed, r == null || r.edition() == null ? null : r.edition().name(),
                r == null ? null : r.year(), r == null ? null : r.organ(), findings,
                previous == null || p.failure() != null ? null : previous.display());
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
        }, timeLimit.apply(size));
    }

    private Settings settings(CheckRequest req) throws CheckException {
        try {
            return SettingsLoader.load(req.configFiles(), rules.catalogue()::contains);
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
