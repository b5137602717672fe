package org.disclosurechecker.facts;

/**
 * Whether the report states one of the items 工作考核、社会评议、责任追究 (条例第五十条第四项, required of
 * 人民政府 reports), from the wordings of rules/templates/accountability.json.
 *
 * @param index   its place among the three (for messages in the 条例's order)
 * @param key     "assessment", "appraisal", "accountability"
 * @param label   its name in messages ("社会评议")
 * @param stated  CERTAIN (a wording that states it), LOOSE (only a nearby wording), NONE
 * @param wording the words found, or null
 * @param line    where they were found, 0 when nowhere
 */
public record AccountabilityAspect(int index, String key, String label, Stated stated, String wording, int line) {

    /** How surely the report states it. */
    public enum Stated {
        CERTAIN, LOOSE, NONE
    }
}
