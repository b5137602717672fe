package org.disclosurechecker.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.disclosurechecker.report.Reporter;
import org.disclosurechecker.report.Reporters;

/**
 * Pairs {@code --format} with {@code --output}: in order, a missing or "-" output is standard output
 * (one format at most). Without {@code --format} each output's format comes from its extension (.json
 * .sarif .xml .html .htm; .txt/.log = console); an output whose extension names another format than
 * the one it is paired with, or that names none when there is no {@code --format}, is a usage error, so
 * console text never lands in an .html file.
 */
final class OutputPlan {

    /** One output: the reporter and its file, null for standard output. */
    record Target(Reporter reporter, String file) {
        boolean toStdout() {
            return file == null;
        }
    }

    private static final Map<String, String> BY_EXTENSION = Map.of("json", "json", "sarif", "sarif", "xml", "junit",
            "html", "html", "htm", "html", "txt", "console", "log", "console");

    /** Extensions that are only ever one machine-readable format. */
    private static final Set<String> STRICT = Set.of("json", "sarif", "xml", "html", "htm");

    private OutputPlan() {
    }

    /** @throws IllegalArgumentException with a Chinese message when formats and outputs do not fit */
    static List<Target> of(List<String> formats, List<String> outputs) {
        List<String> names = new ArrayList<>();
        for (String f : formats) {
            if (!f.isBlank()) {
                names.add(f.strip());
            }
        }
        if (names.isEmpty()) {
            if (outputs.isEmpty()) {
                names.add("console");
            } else {
                for (String o : outputs) {
                    names.add(inferred(o));
                }
            }
        }
        if (outputs.size() > names.size()) {
            throw new IllegalArgumentException("--output 有 " + outputs.size() + " 个，比 --format 指定的格式（"
                    + names.size() + " 种）多；--output 按 --format 的顺序一一对应");
        }
        List<Target> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int toStdout = 0;
        for (int i = 0; i < names.size(); i++) {
            Reporter r = Reporters.get(names.get(i));
            if (!seen.add(r.name())) {
                throw new IllegalArgumentException("输出格式 " + r.name() + " 指定了两次");
            }
            String t = i < outputs.size() ? outputs.get(i) : null;
            if (t == null || t.isBlank() || t.equals("-")) {
                t = null;
                toStdout++;
            } else {
                String ext = extension(t);
                if (STRICT.contains(ext) && !BY_EXTENSION.get(ext).equals(r.name())) {
                    throw new IllegalArgumentException("输出文件 " + t + " 的扩展名 ." + ext + " 对应 "
                            + BY_EXTENSION.get(ext) + " 格式，而与它配对的 --format 是 " + r.name()
                            + "；请改正文件名或格式（--output 按 --format 的顺序一一对应）");
                }
            }
            out.add(new Target(r, t));
        }
        if (toStdout > 1) {
            throw new IllegalArgumentException("只能有一种格式写到标准输出：请用 --output 为其余格式指定文件，"
                    + "例如 --format console --format json --output - --output report.json");
        }
        return out;
    }

    private static String inferred(String output) {
        if (output.isBlank() || output.strip().equals("-")) {
            return "console";
        }
        String f = BY_EXTENSION.get(extension(output));
        if (f == null) {
            throw new IllegalArgumentException("无法从输出文件名 " + output + " 判断格式：请用 --format 指定"
                    + "（console、json、sarif、junit、html），或使用扩展名 .json .sarif .xml .html");
        }
        return f;
    }

    private static String extension(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
