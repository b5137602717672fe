package org.disclosurechecker.report;

import java.nio.charset.StandardCharsets;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.findings.UnitRollup;

/** Text helpers shared by the reporters: cleaning report text, the Chinese summary sentences. */
final class Texts {

    private Texts() {
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Report text made safe for XML 1.0 (and HTML): code points XML forbids (C0 controls other than
     * tab, line feed and carriage return, lone surrogates, U+FFFE/U+FFFF) are dropped. Null → "".
     */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /**
     * Report text for one line of a terminal or log: line breaks and tabs become spaces, other
     * control characters (which could drive the terminal) and lone surrogates are dropped.
     */
    static String line(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                b.append(' ');
            } else if (Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.SURROGATE) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** "错误" for ERROR, "警告及以上" for WARNING, "提示及以上" for INFO: what fails the check. */
    static String threshold(Severity failOn) {
        return failOn == Severity.ERROR ? failOn.chinese() : failOn.chinese() + "及以上";
    }

    /** 通过 / 未通过. */
    static String verdict(boolean passed) {
        return passed ? "通过" : "未通过";
    }

    /**
     * The run's summary sentence, e.g. {@code 共检查 5 份报告：通过 1 份，未通过 4 份；错误 12 个，警告 20 个，
     * 提示 3 个（已豁免 0 个）。检查结果：未通过（按“错误”判定：违规 12 个）}.
     */
    static String summary(CheckResult r) {
        StringBuilder b = new StringBuilder()
                .append("共检查 ").append(r.reportCount()).append(" 份报告：通过 ").append(r.passedReports())
                .append(" 份，未通过 ").append(r.failedReports()).append(" 份；")
                .append(counts(r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)))
                .append("（已豁免 ").append(r.suppressedCount()).append(" 个）。检查结果：").append(verdict(r.passed()));
        return b.append(rule(r)).toString();
    }

    /** "（按“错误”判定：违规 12 个）", with the allowed count when more than zero are allowed. */
    static String rule(CheckResult r) {
        Severity failOn = r.failOn() == null ? Severity.ERROR : r.failOn();
        StringBuilder b = new StringBuilder("（按“").append(threshold(failOn)).append("”判定：违规 ")
                .append(r.violations()).append(" 个");
        if (r.maxAllowedViolations() > 0) {
            b.append("，允许 ").append(r.maxAllowedViolations()).append(" 个");
        }
        return b.append("）").toString();
    }

    /** "错误 3 个，警告 2 个，提示 0 个". */
    static String counts(long errors, long warnings, long infos) {
        return Severity.ERROR.chinese() + " " + errors + " 个，" + Severity.WARNING.chinese() + " " + warnings + " 个，"
                + Severity.INFO.chinese() + " " + infos + " 个";
    }

    static String counts(ReportResult r) {
        return counts(r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
    }

    /** 已提交 / 未提交 / 重复提交. */
    static String unitStatus(String status) {
        return switch (status) {
            case UnitRollup.MISSING -> "未提交";
            case UnitRollup.DUPLICATE -> "重复提交";
            default -> "已提交";
        };
    }

    /** Unsuppressed findings of a severity over a unit's reports of the year. */
    static long unitCount(CheckResult result, UnitRollup.Unit u, Severity s) {
        return u.reports().stream().map(result::report).filter(java.util.Objects::nonNull).mapToLong(r -> r.count(s))
                .sum();
    }

    /** A unit passes when it reported once and each of its reports passes. */
    static boolean unitPassed(CheckResult result, UnitRollup.Unit u) {
        return u.status().equals(UnitRollup.SUBMITTED) && u.reports().stream().map(result::report)
                .allMatch(r -> r != null && r.passed());
    }

    /** "应报单位 30 个（2025年度）：已提交 26 个，未提交 3 个，重复提交 1 个；不在名单中的报告 0 份。" */
    static String unitSummary(UnitRollup u) {
        return "应报单位 " + u.units().size() + " 个" + (u.year() == null ? "" : "（" + u.year() + "年度）") + "：已提交 "
                + u.count(UnitRollup.SUBMITTED) + " 个，未提交 " + u.count(UnitRollup.MISSING) + " 个，重复提交 "
                + u.count(UnitRollup.DUPLICATE) + " 个；不在名单中的报告 " + u.unlisted().size() + " 份。";
    }

    /**
     * The report path as a URI reference for SARIF: separators as '/', everything but unreserved
     * characters and '/' percent-encoded (UTF-8). Relative paths stay relative; absolute ones
     * (/x, C:/x, //server/share) become file: URIs.
     */
    static String uri(String file) {
        String p = nz(file).replace('\\', '/');
        String prefix = "";
        if (p.matches("[A-Za-z]:/.*")) {
            prefix = "file:///" + p.substring(0, 2);
            p = p.substring(2);
        } else if (p.startsWith("//")) {
            prefix = "file:";
        } else if (p.startsWith("/")) {
            prefix = "file://";
        }
        StringBuilder b = new StringBuilder(prefix);
        for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
