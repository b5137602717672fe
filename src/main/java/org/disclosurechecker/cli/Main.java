package org.disclosurechecker.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.disclosurechecker.config.Baseline;
import org.disclosurechecker.core.CheckException;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.core.Checker;
import org.disclosurechecker.facts.Edition;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.report.ConsoleReporter;
import org.disclosurechecker.report.ReportFiles;
import org.disclosurechecker.report.Reporter;
import org.disclosurechecker.rules.Catalogue;
import org.disclosurechecker.rules.RuleEngineException;

/**
 * The command line: a thin shell over {@link Checker}. It turns options into a {@link CheckRequest},
 * writes the requested outputs and maps the result to the exit status (0 pass, 1 fail, 2 usage,
 * configuration or I/O error).
 */
@Command(name = "disclosure-check", versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        headerHeading = "", header = "检查政府信息公开工作年度报告草稿（结构、日期、表格勾稽关系、正文与表格数字等）。",
        synopsisHeading = "%n用法：", parameterListHeading = "%n参数：%n", optionListHeading = "%n选项：%n",
        footerHeading = "%n", footer = {"退出状态：0 全部报告通过；1 至少一份报告未通过；2 用法、配置或读写错误。",
                "规则说明见 --list-rules、--explain 规则编号 或 docs/rules.md，配置文件格式见 docs/configuration.md。"})
public final class Main implements Callable<Integer> {

    static final int EXIT_PASS = 0;
    static final int EXIT_FAIL = 1;
    static final int EXIT_ERROR = 2;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
            description = "要检查的报告文件或目录（目录下递归查找 .txt .docx .doc .html .htm .pdf）")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "输出格式，可重复或用逗号分隔：console、json、sarif、junit、html（默认 console）")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "PATH",
            description = "输出文件，按 --format 的顺序一一对应；未指定或为“-”时写到标准输出（只能有一种格式写到标准输出）")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "达到此严重程度的问题判为不通过：error、warning、info（默认 ${DEFAULT-VALUE}）")
    String failOn;

    @Option(names = "--max-allowed", paramLabel = "N", defaultValue = "0",
            description = "整个运行允许的不通过问题个数，超过才判为失败（默认 ${DEFAULT-VALUE}）")
    int maxAllowed;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "额外的 DRL 规则目录（规则是代码，只使用可信的规则）")
    Path rulesDirectory;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（YAML）：规则严重程度、启用/停用、期限、相似度阈值、豁免。可重复，按顺序合并："
                    + "各文件的豁免累加，同一设置以后给出的文件为准（例如 --config 本单位配置.yaml --config 导出的豁免.yaml）")
    List<Path> configs = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FILE", description = "上一年度的报告，用于跨年度检查")
    Path previous;

    @Option(names = "--units", paramLabel = "FILE",
            description = "应报单位名单（CSV：名称,类型,文件）：列出未提交、不在名单中和重复提交的报告")
    Path units;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "把本次检查的全部问题作为豁免写入此文件（基线，配置文件格式）；下次再加一个 --config 指定它，只有新问题会判定")
    Path writeBaseline;

    @Option(names = "--baseline-justification", paramLabel = "TEXT",
            description = "写入基线的豁免理由（默认“基线：采用检查前已有的问题（日期）”）")
    String baselineJustification;

    @Option(names = "--year", paramLabel = "N", description = "指定报告年度（默认从标题识别）")
    Integer year;

    @Option(names = "--edition", paramLabel = "EDITION", description = "指定格式版本 G1、G2 或 G3（默认按年度和表格识别）")
    String edition;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "目录中只检查匹配的文件（相对当前目录的 glob，可重复），例如 'reports/**/2025-*'")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "目录中跳过匹配的文件（可重复）")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--skip-rules", split = ",", paramLabel = "ID", description = "不运行的规则编号，逗号分隔")
    List<String> skipRules = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "纯文本报告的编码（默认自动识别 UTF-8，否则按 GB18030）")
    String encoding;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50",
            description = "超过此大小（MB）的文件不读取，报 READ-ERROR（默认 ${DEFAULT-VALUE}）")
    long maxFileMegabytes;

    @Option(names = "--list-rules", description = "列出全部规则（编号、默认严重程度、适用版本、名称）并退出")
    boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE-ID", description = "显示一条规则的说明（检查内容、依据、修改建议）并退出")
    String explain;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    private PrintStream stdout = System.out;
    private PrintWriter out;
    private PrintWriter err;

    private Charset terminal = StandardCharsets.UTF_8;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, terminalCharset(), CommandName.detect()));
    }

    /**
     * The charset of the terminal: a Chinese Windows console is GBK (the JVM says so in
     * {@code sun.stdout.encoding} when attached to a console); otherwise UTF-8. Text for the terminal
     * (console output, messages, help) is written in it; files are always UTF-8.
     */
    static Charset terminalCharset() {
        String name = System.getProperty("sun.stdout.encoding");
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Runs the command and returns the exit status (for tests: nothing calls System.exit here). */
    public static int run(String[] args, PrintStream out, PrintStream errStream) {
        return run(args, out, errStream, StandardCharsets.UTF_8, CommandName.DEFAULT);
    }

    static int run(String[] args, PrintStream out, PrintStream errStream, Charset terminal) {
        return run(args, out, errStream, terminal, CommandName.DEFAULT);
    }

    /** @param commandName how the user runs the command, shown in --help and usage hints */
    static int run(String[] args, PrintStream out, PrintStream errStream, Charset terminal, String commandName) {
        Main main = new Main();
        main.stdout = out;
        main.terminal = terminal;
        CommandLine cmd = new CommandLine(main).setCommandName(commandName);
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, terminal), true);
        main.out = o;
        main.err = new PrintWriter(new OutputStreamWriter(errStream, terminal), true);
        cmd.setOut(o);
        cmd.setErr(main.err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, a) -> {
            main.err.println("用法错误：" + UsageMessages.of(ex));
            main.err.println("运行 " + commandName + " --help 查看全部选项。");
            return EXIT_ERROR;
        });
        cmd.setExecutionExceptionHandler((ex, c, p) -> {
            main.err.println("内部错误：" + ex);
            return EXIT_ERROR;
        });
        return cmd.execute(args);
    }

    @Override
    public Integer call() {
        if (listRules || explain != null) {
            return describeRules();
        }
        List<OutputPlan.Target> targets;
        CheckRequest request;
        try {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("缺少要检查的报告文件或目录（FILE|DIR）");
            }
            targets = OutputPlan.of(formats, outputs);
            request = request();
        } catch (IllegalArgumentException e) {
            err.println("用法错误：" + e.getMessage());
            return EXIT_ERROR;
        }
        CheckResult result;
        try {
            result = Checker.forRequest(request).check(request);
        } catch (CheckException e) {
            err.println("错误：" + e.getMessage());
            return EXIT_ERROR;
        }
        if (result.reports().isEmpty()) {
            err.println("错误：没有找到要检查的报告文件（支持 .txt .docx .doc .html .htm .pdf）。");
            return EXIT_ERROR;
        }
        boolean stdoutUsed = false;
        boolean summaryShown = false;
        for (OutputPlan.Target t : targets) {
            Reporter r = t.reporter();
            try {
                if (t.toStdout()) {
                    writeToTerminal(r, result);
                    stdoutUsed = true;
                    summaryShown |= r.name().equals("console");
                } else {
                    ReportFiles.writeAtomically(Path.of(t.file()), r, result);
                    err.println("已写出 " + r.name() + " 报告：" + t.file());
                }
            } catch (IOException e) {
                err.println("错误：无法写出 " + r.name() + " 报告 " + (t.toStdout() ? "到标准输出" : t.file())
                        + "：" + e.getMessage());
                return EXIT_ERROR;
            }
        }
        if (writeBaseline != null) {
            try {
                Baseline.write(writeBaseline, result, baselineJustification == null || baselineJustification.isBlank()
                        ? Baseline.defaultJustification(LocalDate.now()) : baselineJustification);
                err.println("已写出基线（" + result.reports().stream().mapToInt(r -> r.findings().size()).sum()
                        + " 个问题作为豁免）：" + writeBaseline + "；下次加上 --config " + writeBaseline + "（可与原有的 --config 同用），只有新问题会判定。");
            } catch (IOException e) {
                err.println("错误：无法写出基线 " + writeBaseline + "：" + e.getMessage());
                return EXIT_ERROR;
            }
        }
        if (!summaryShown) {
            // the verdict always reaches the terminal: on stderr when stdout carries a format
            (stdoutUsed ? err : out).println(ConsoleReporter.summaryLine(result));
        }
        return result.passed() ? EXIT_PASS : EXIT_FAIL;
    }

    /** --list-rules / --explain: the catalogue of the bundled rules and of --rules DIR. */
    private int describeRules() {
        try {
            Catalogue catalogue = Catalogue.bundled();
            if (rulesDirectory != null) {
                catalogue = catalogue.plus(Catalogue.fromFile(rulesDirectory.resolve("catalogue.json")));
            }
            if (listRules) {
                RuleListing.list(catalogue, out);
            }
            if (explain != null) {
                RuleListing.explain(catalogue, explain, out);
            }
            return EXIT_PASS;
        } catch (IllegalArgumentException e) {
            err.println("用法错误：" + e.getMessage());
            return EXIT_ERROR;
        } catch (RuleEngineException e) {
            err.println("错误：" + e.getMessage());
            return EXIT_ERROR;
        }
    }

    /**
     * Console text goes out in the terminal's charset; the machine-readable formats keep their UTF-8
     * bytes (a pipe into a file or a tool expects them).
     */
    private void writeToTerminal(Reporter r, CheckResult result) throws IOException {
        if (!r.name().equals("console") || terminal.equals(StandardCharsets.UTF_8)) {
            r.write(result, stdout);
        } else {
            java.io.ByteArrayOutputStream utf8 = new java.io.ByteArrayOutputStream();
            r.write(result, utf8);
            stdout.write(utf8.toString(StandardCharsets.UTF_8).getBytes(terminal));
        }
        stdout.flush();
    }

    private CheckRequest request() {
        CheckRequest.Builder b = CheckRequest.builder().inputs(inputs).includes(includes).excludes(excludes)
                .failOn(Severity.parse(failOn)).rulesDirectory(rulesDirectory).configFiles(configs)
                .previousReport(previous).year(year).skipRules(new LinkedHashSet<>(skipRules.stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).toList()));
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("--max-allowed 不能为负数");
        }
        b.maxAllowedViolations(maxAllowed);
        b.unitsFile(units);
        if (maxFileMegabytes <= 0) {
            throw new IllegalArgumentException("--max-file-size 应为正数（单位 MB）");
        }
        b.maxFileBytes(maxFileMegabytes * 1024 * 1024);
        if (edition != null) {
            b.edition(parseEdition(edition));
        }
        if (encoding != null) {
            b.encoding(parseCharset(encoding));
        }
        return b.build();
    }

    static Edition parseEdition(String s) {
        try {
            return Edition.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("无法识别的格式版本“" + s + "”，可用值：G1、G2、G3");
        }
    }

    static Charset parseCharset(String s) {
        try {
            return Charset.forName(s.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("不支持的编码“" + s + "”，例如可用 UTF-8、GB18030、GBK");
        }
    }

    /** The version from the jar, for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"disclosure-checker " + Checker.version()};
        }
    }
}
