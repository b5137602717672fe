package org.disclosurechecker.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.disclosurechecker.config.ConfigException;
import org.disclosurechecker.config.Settings;
import org.disclosurechecker.config.SettingsLoader;
import org.disclosurechecker.facts.FactOptions;
import org.disclosurechecker.facts.ReadFailure;
import org.disclosurechecker.facts.Report;
import org.disclosurechecker.facts.ReportFacts;
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

        List<ReportResult> results = new ArrayList<>();
        for (Path file : found.reports()) {
            results.add(checkFile(file, InputFiles.display(req.baseDir(), file), readOptions, factOptions, skip,
                    finisher, req.failOn()));
        }
        long violations = results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> !f.suppressed() && f.severity().atLeast(req.failOn())).count();
        return new CheckResult(version(), rules.catalogue().all(), results, req.failOn(), req.maxAllowedViolations(),
                violations, violations <= req.maxAllowedViolations());
    }

    private ReportResult checkFile(Path file, String display, ReadOptions readOptions, FactOptions factOptions,
                                   Set<String> skip, FindingFinisher finisher, Severity failOn) {
        Document doc = null;
        ReportFacts facts = null;
        List<Finding> raw;
        try {
            doc = readers.read(file, display, readOptions);
            facts = extractor.extract(doc, factOptions);
            List<Object> all = new ArrayList<>(facts.facts());
            all.addAll(doc.notes());
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
