package org.disclosurechecker.facts;

/** How a heading is numbered. */
public enum NumberStyle {
    /** 一、 */
    CN_COMMA("一、"),
    /** （一） */
    CN_PAREN("（一）"),
    /** 1. or 1、 */
    AR_DOT("1."),
    /** （1） */
    AR_PAREN("（1）"),
    /** 第一部分 */
    CHAPTER("第一部分"),
    /** no number */
    NONE("");

    private final String example;

    NumberStyle(String example) {
        this.example = example;
    }

    public String example() {
        return example;
    }

    public boolean parenthesized() {
        return this == CN_PAREN || this == AR_PAREN;
    }
}
