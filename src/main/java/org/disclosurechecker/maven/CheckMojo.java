package org.disclosurechecker.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import org.disclosurechecker.config.Baseline;
import org.disclosurechecker.core.CheckException;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.core.Checker;
import org.disclosurechecker.facts.Edition;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.report.ConsoleReporter;
import org.disclosurechecker.report.ReportFiles;
import org.disclosurechecker.report.Reporter;
import org.disclosurechecker.report.Reporters;

/**
 * Checks government information-disclosure annual report drafts (政府信息公开工作年度报告) and fails
 * the build when findings reach the threshold. A thin shell over {@link Checker}: the same core as the
 * command line. Runs without a project too ({@code mvn disclosure:check -Ddisclosure.reports=...}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Skip the check entirely. */
    @Parameter(property = "disclosure.skip", defaultValue = "false")
    boolean skip;

    /**
     * Report files and directories to check (directories are searched recursively for .txt, .docx, .doc,
     * .html, .htm and .pdf). Default: {@code ${basedir}/reports} and {@code ${basedir}/src/reports},
     * those that exist. On the command line: {@code -Ddisclosure.reports=a.txt,drafts/}.
     */
    @Parameter(property = "disclosure.reports")
    List<File> reports;

    /** Glob patterns (relative to the base directory) a file found in a directory must match. Default: all. */
    @Parameter(property = "disclosure.includes")
    List<String> includes;

    /** Glob patterns of files found in directories to leave out. */
    @Parameter(property = "disclosure.excludes")
    List<String> excludes;

    /** Fail the build when violations exceed {@link #maxAllowedViolations}. When false, only report. */
    @Parameter(property = "disclosure.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** The severity at or above which a finding is a violation: error, warning or info. */
    @Parameter(property = "disclosure.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /** Violations tolerated over the whole run before the build fails. */
    @Parameter(property = "disclosure.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /**
     * Output formats written to {@link #outputDirectory}: json (report.json), sarif (report.sarif),
     * junit (TEST-disclosure.xml), html (report.html). Findings always go to the build log as well.
     */
    @Parameter(property = "disclosure.formats", defaultValue = "json,sarif,junit,html")
    List<String> formats;

    /**
     * Where the reports are written. Default {@code ${project.build.directory}/disclosure}; without a
     * project, {@code target/disclosure} under the current directory.
     */
    @Parameter(property = "disclosure.outputDirectory")
    File outputDirectory;

    /** A directory of extra DRL rules (a province's own requirements). Rules are code: use trusted ones. */
    @Parameter(property = "disclosure.rulesDirectory")
    File rulesDirectory;

    /**
     * The YAML configuration: rule severities, enable/disable, deadlines, similarity threshold, suppressions.
     * Several files separated by commas (the unit's configuration, a baseline, the HTML page's exported
     * decisions) are merged in order: suppressions add up, a later file's setting replaces an earlier one's.
     */
    @Parameter(property = "disclosure.configLocation")
    String configLocation;

    /** Charset of plain-text reports; default: detect (UTF-8, else GB18030). */
    @Parameter(property = "disclosure.encoding")
    String encoding;

    /** Rule ids not to run, comma-separated. */
    @Parameter(property = "disclosure.skipRules")
    List<String> skipRules;

    /** Last year's report, for the across-year rules (carry-over, valid documents, copied prose). */
    @Parameter(property = "disclosure.previousReport")
    File previousReport;

    /** The list of units that must report (CSV: 名称,类型,文件; see docs/configuration.md). */
    @Parameter(property = "disclosure.units")
    File units;

    /**
     * Write every finding of this run as a suppression into this file (a baseline, in the configuration
     * format); add it to configLocation next time and only new findings count.
     */
    @Parameter(property = "disclosure.writeBaseline")
    File writeBaseline;

    /** The justification written into the baseline; default "基线：采用检查前已有的问题（date）". */
    @Parameter(property = "disclosure.baselineJustification")
    String baselineJustification;

    /** Force the report year instead of reading it from the title. */
    @Parameter(property = "disclosure.year")
    Integer year;

    /** Force the format edition (G1, G2, G3) instead of detecting it. */
    @Parameter(property = "disclosure.edition")
    String edition;

    /** Files larger than this many megabytes are not read (a READ-ERROR finding). */
    @Parameter(property = "disclosure.maxFileSize", defaultValue = "50")
    long maxFileSize;

    @Parameter(defaultValue = "${project}", readonly = true, required = false)
    MavenProject project;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("已跳过年报检查（disclosure.skip=true）。");
            return;
        }
        Path base = baseDirectory();
        List<Path> inputs = inputs(base);
        if (inputs.isEmpty()) {
            // as the CLI with a missing input: an error, not a silent success (skip is the way to opt out)
            throw new MojoExecutionException("没有要检查的报告：默认目录 " + base.resolve("reports") + " 和 "
                    + base.resolve("src/reports") + " 都不存在。请用 <reports> 或 -Ddisclosure.reports=... 指定报告文件"
                    + "或目录；没有报告的模块请设 <skip>true</skip>（-Ddisclosure.skip=true）。");
        }
        CheckRequest request = request(base, inputs);
        List<Reporter> reporters = reporters();
        CheckResult result;
        long start = System.nanoTime();
        long loaded;
        try {
            Checker checker = Checker.forRequest(request);
            loaded = System.nanoTime();
            result = checker.check(request);
        } catch (CheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        long checked = System.nanoTime();
        log(result);
        Path out = outputDirectory(base);
        for (Reporter r : reporters) {
            Path target = out.resolve(r.defaultFileName());
            try {
                ReportFiles.writeAtomically(target, r, result);
                getLog().info("已写出 " + r.name() + " 报告：" + target);
            } catch (IOException e) {
                throw new MojoExecutionException("无法写出 " + r.name() + " 报告 " + target + "：" + e.getMessage(), e);
            }
        }
        if (getLog().isDebugEnabled()) {
            getLog().debug(String.format("用时：加载规则库和模板 %d ms，检查 %d 份报告 %d ms，写出日志和 %d 种报告 %d ms",
                    (loaded - start) / 1_000_000, result.reports().size(), (checked - loaded) / 1_000_000,
                    reporters.size(), (System.nanoTime() - checked) / 1_000_000));
        }
        if (writeBaseline != null) {
            Path target = writeBaseline.isAbsolute() ? writeBaseline.toPath() : base.resolve(writeBaseline.getPath());
            try {
                Baseline.write(target, result, baselineJustification == null || baselineJustification.isBlank()
                        ? Baseline.defaultJustification(LocalDate.now()) : baselineJustification);
                getLog().info("已写出基线（" + result.reports().stream().mapToInt(r -> r.findings().size()).sum()
                        + " 个问题作为豁免）：" + target + "；下次把它加进 configLocation（逗号分隔，可与原有配置文件同用），只有新问题会判定。");
            } catch (IOException e) {
                throw new MojoExecutionException("无法写出基线 " + target + "：" + e.getMessage(), e);
            }
        }
        if (result.reports().isEmpty()) {
            throw new MojoExecutionException("给定的位置中没有找到报告文件（支持 .txt .docx .doc .html .htm .pdf）："
                    + inputs);
        }
        if (!result.passed()) {
            List<String> failing = failingReports(result);
            for (String f : failing) {
                getLog().error("未通过：" + f);
            }
            String msg = "年报检查未通过：" + result.violations() + " 个达到“" + result.failOn().chinese()
                    + "”级别的问题" + (result.maxAllowedViolations() > 0 ? "（允许 " + result.maxAllowedViolations() + " 个）" : "")
                    + "，涉及 " + result.failedReports() + " 份报告："
                    + String.join("；", failing.subList(0, Math.min(MESSAGE_REPORTS, failing.size())))
                    + (failing.size() > MESSAGE_REPORTS ? "；等 " + failing.size() + " 份（全部见上方日志）" : "")
                    + "。详见上方日志和 " + out + "。";
            if (failOnViolation) {
                throw new MojoFailureException(msg);
            }
            getLog().warn(msg + "（failOnViolation=false，构建继续）");
        }
    }

    /** How many failing reports the failure message names (the log names them all). */
    static final int MESSAGE_REPORTS = 10;

    /**
     * Each report that counts against the run, with its counts: {@code reports/a.txt（错误 3 个）}, or with
     * a lower threshold {@code reports/a.txt（错误 1 个，警告 2 个）}.
     */
    static List<String> failingReports(CheckResult result) {
        List<String> out = new ArrayList<>();
        for (ReportResult r : result.reports()) {
            if (r.passed()) {
                continue;
            }
            List<String> counts = new ArrayList<>();
            for (Severity s : Severity.values()) {
                if (s.atLeast(result.failOn()) && r.count(s) > 0) {
                    counts.add(s.chinese() + " " + r.count(s) + " 个");
                }
            }
            out.add(r.file() + (counts.isEmpty() ? "" : "（" + String.join("，", counts) + "）"));
        }
        return out;
    }

    private Path baseDirectory() {
        if (basedir != null) {
            return basedir.toPath().toAbsolutePath();
        }
        return Path.of("").toAbsolutePath();
    }

    private List<Path> inputs(Path base) {
        List<Path> out = new ArrayList<>();
        if (reports != null && !reports.isEmpty()) {
            for (File f : reports) {
                out.add(f.isAbsolute() ? f.toPath() : base.resolve(f.getPath()));
            }
            return out;
        }
        for (String d : List.of("reports", "src/reports")) {
            Path p = base.resolve(d);
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * {@code ${project.build.directory}} is not interpolated in a project-less run (it becomes a literal
     * folder), so the default is computed here.
     */
    Path outputDirectory(Path base) {
        if (outputDirectory != null) {
            return outputDirectory.isAbsolute() ? outputDirectory.toPath() : base.resolve(outputDirectory.getPath());
        }
        if (project != null && project.getFile() != null && project.getBuild() != null
                && project.getBuild().getDirectory() != null) {
            return Path.of(project.getBuild().getDirectory()).resolve("disclosure");
        }
        return base.resolve("target").resolve("disclosure");
    }

    private CheckRequest request(Path base, List<Path> inputs) throws MojoExecutionException {
        CheckRequest.Builder b = CheckRequest.builder().baseDir(base).inputs(inputs)
                .includes(clean(includes)).excludes(clean(excludes))
                .maxAllowedViolations(maxAllowedViolations)
                .rulesDirectory(resolve(base, rulesDirectory)).configFiles(clean(configLocation == null ? null : List.of(configLocation)).stream()
                        .map(c -> resolve(base, new File(c))).toList())
                .previousReport(resolve(base, previousReport)).year(year)
                .skipRules(new LinkedHashSet<>(clean(skipRules)));
        try {
            b.failOn(Severity.parse(violationSeverity));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("violationSeverity：" + e.getMessage());
        }
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("maxAllowedViolations 不能为负数：" + maxAllowedViolations);
        }
        if (maxFileSize <= 0) {
            throw new MojoExecutionException("maxFileSize 应为正数（单位 MB）：" + maxFileSize);
        }
        b.maxFileBytes(maxFileSize * 1024 * 1024);
        b.unitsFile(resolve(base, units));
        if (edition != null && !edition.isBlank()) {
            try {
                b.edition(Edition.valueOf(edition.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("无法识别的格式版本 edition=“" + edition + "”，可用值：G1、G2、G3");
            }
        }
        if (encoding != null && !encoding.isBlank()) {
            try {
                b.encoding(Charset.forName(encoding.strip()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new MojoExecutionException("不支持的编码 encoding=“" + encoding + "”，例如可用 UTF-8、GB18030、GBK");
            }
        }
        return b.build();
    }

    private List<Reporter> reporters() throws MojoExecutionException {
        List<Reporter> out = new ArrayList<>();
        for (String f : clean(formats)) {
            Reporter r;
            try {
                r = Reporters.get(f);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("formats：" + e.getMessage());
            }
            if (r.defaultFileName() != null && out.stream().noneMatch(x -> x.name().equals(r.name()))) {
                out.add(r); // console goes to the build log anyway
            }
        }
        return out;
    }

    private void log(CheckResult result) {
        Log log = getLog();
        for (ReportResult report : result.reports()) {
            for (Finding f : report.findings()) {
                String line = ConsoleReporter.findingLine(report.file(), f);
                if (f.suppressed() || f.severity() == Severity.INFO) {
                    log.info(line);
                } else if (f.severity() == Severity.WARNING) {
                    log.warn(line);
                } else {
                    log.error(line);
                }
            }
        }
        for (String skipped : result.skippedFiles()) {
            log.info(ConsoleReporter.skippedLine(skipped));
        }
        for (ReportResult report : result.reports()) {
            if (report.previous() != null) {
                log.info(ConsoleReporter.previousLine(report));
            }
        }
        if (result.units() != null) {
            result.units().units().forEach(u -> log.info(ConsoleReporter.unitLine(result, u)));
            log.info(ConsoleReporter.unitSummaryLine(result.units()));
        }
        log.info(ConsoleReporter.summaryLine(result));
    }

    private static Path resolve(Path base, File f) {
        if (f == null) {
            return null;
        }
        return f.isAbsolute() ? f.toPath() : base.resolve(f.getPath());
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
