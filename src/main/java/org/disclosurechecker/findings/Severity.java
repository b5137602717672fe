package org.disclosurechecker.findings;

import java.util.Locale;

/** How serious a finding is. ERROR fails the upload gate by default. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese word shown to users (错误/警告/提示). */
    public String chinese() {
        return chinese;
    }

    /** True when this severity is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses error/warning/info (any case, also "warn", 错误/警告/提示). */
    public static Severity parse(String s) {
        if (s == null) {
            throw new IllegalArgumentException("严重程度为空");
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "error", "错误" -> ERROR;
            case "warning", "warn", "警告" -> WARNING;
            case "info", "提示" -> INFO;
            default -> throw new IllegalArgumentException(
                    "无法识别的严重程度“" + s + "”，可用值：error、warning、info");
        };
    }
}
