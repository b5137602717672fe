package org.disclosurechecker.model;

import java.util.List;

/** A table as rows of cells, in source order. */
public record Table(List<Row> rows, Location location, int endLine) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }
}
