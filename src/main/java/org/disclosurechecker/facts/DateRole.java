package org.disclosurechecker.facts;

/** What a date in the report stands for. */
public enum DateRole {
    /** The date near the title ("（2017年1月17日）"). */
    HEADER("文首日期"),
    /** The 成文日期 of the 落款 at the end. */
    SIGNING("落款日期"),
    /** The publication date of a web page (发布日期). */
    PUBLICATION("发布日期"),
    PERIOD_START("统计期限起始日期"),
    PERIOD_END("统计期限截止日期"),
    /** Any other date in the text. */
    OTHER("日期");

    private final String chinese;

    DateRole(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Dates that say when the report was signed or published. */
    public boolean dated() {
        return this == HEADER || this == SIGNING || this == PUBLICATION;
    }
}
