package org.disclosurechecker.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's usage errors in Chinese: an unknown option with "did you mean" (picocli's own suggestions),
 * a missing or invalid value, an option given twice. Anything else keeps picocli's message after a
 * Chinese lead-in.
 */
final class UsageMessages {

    private UsageMessages() {
    }

    static String of(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            if (missing != null && !missing.isEmpty()) {
                ArgSpec a = missing.get(0);
                return a.isOption() ? "选项 " + name(a) + " 缺少取值（" + a.paramLabel() + "）"
                        : "缺少参数 " + a.paramLabel();
            }
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return "选项 " + name(o.getOverwritten()) + " 只能指定一次";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数过多：" + ex.getMessage();
        }
        ArgSpec a = ex.getArgSpec();
        if (a != null && ex.getValue() != null) {
            return (a.isOption() ? "选项 " + name(a) : "参数 " + a.paramLabel()) + " 的取值“" + ex.getValue() + "”无效"
                    + expected(a.type());
        }
        return ex.getMessage();
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        StringBuilder b = new StringBuilder(u.isUnknownOption() || first.startsWith("-")
                ? "未知选项 " + first : "多余的参数 " + first);
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
            b.append("。是不是要用 ").append(String.join("、", suggestions.subList(0, Math.min(3, suggestions.size()))))
                    .append("？");
        }
        return b.toString();
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "，应为整数";
        }
        return "";
    }
}
