package org.disclosurechecker.facts;

/** What a numeric table cell holds. */
public enum CellStatus {
    /** A number. */
    NUMBER,
    /** Nothing (a blank is not a zero: identities count it as 0 and CELL-BLANK reports it). */
    BLANK,
    /** An accepted "no data" mark: ——, —, -, /, 无. Counted as 0. */
    NO_DATA,
    /** Text that is not a number. */
    TEXT,
    /** The row has no cell for this column at all. */
    MISSING
}
