package org.disclosurechecker.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.disclosurechecker.facts.TableCell;

/** Small text helpers for DRL consequences (message formatting only). */
public final class Texts {

    private Texts() {
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
