package org.disclosurechecker.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reporters by format name. */
public final class Reporters {

    private static final Map<String, Reporter> ALL = new LinkedHashMap<>();

    static {
        for (Reporter r : List.of(new ConsoleReporter(), new JsonReporter(), new SarifReporter(),
                new JunitReporter(), new HtmlReporter())) {
            ALL.put(r.name(), r);
        }
    }

    private Reporters() {
    }

    /**
     * The reporter for a format name (case and surrounding blanks ignored).
     *
     * @throws IllegalArgumentException with a Chinese message listing the valid names
     */
    public static Reporter get(String name) {
        Reporter r = name == null ? null : ALL.get(name.strip().toLowerCase(Locale.ROOT));
        if (r == null) {
            throw new IllegalArgumentException((name == null || name.isBlank() ? "未指定输出格式"
                    : "不支持的输出格式“" + name + "”") + "，可用格式：" + String.join("、", names()));
        }
        return r;
    }

    /** The format names, in a stable order: console, json, sarif, junit, html. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}
