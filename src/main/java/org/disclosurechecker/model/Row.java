package org.disclosurechecker.model;

import java.util.List;

/** One table row, cells left to right as they appear (merged cells already expanded by the reader). */
public record Row(List<Cell> cells, Location location) {

    public Row {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    public Cell cell(int i) {
        return cells.get(i);
    }

    public boolean isEmpty() {
        return cells.stream().allMatch(Cell::isEmpty);
    }
}
