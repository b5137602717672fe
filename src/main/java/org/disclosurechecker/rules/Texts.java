package org.disclosurechecker.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.disclosurechecker.facts.TableCell;

/** Small text helpers for DRL consequences (message formatting only). */
public final class Texts {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Texts() {
    }

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    /**
     * The first match of {@code regex} in {@code text}, or null. Used as {@code String() from find(...)}
     * in DRL: a null result means the pattern does not match, so the regex is written once, in the rule.
     */
    public static String find(String text, String regex) {
        Matcher m = pattern(regex).matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The distinct values of capture group {@code group} of every match, in order. */
    public static List<String> findAll(String text, String regex, int group) {
        Matcher m = pattern(regex).matcher(text);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        while (m.find()) {
            out.add(m.group(group));
        }
        return new ArrayList<>(out);
    }

    /** The column labels of some cells, in the template's column order. */
    public static List<String> columnLabels(Collection<?> cells) {
        return cells.stream().map(TableCell.class::cast).sorted(Comparator.comparingInt(TableCell::columnIndex))
                .map(TableCell::columnLabel).toList();
    }

    public static String join(Collection<?> items, String separator) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
