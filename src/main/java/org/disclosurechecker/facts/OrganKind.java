package org.disclosurechecker.facts;

/** What kind of organ wrote the report; deadlines and some required contents depend on it. */
public enum OrganKind {
    /** 县级以上人民政府 (the report of the government itself). */
    GOVERNMENT("人民政府"),
    /** 乡镇人民政府: also a people's government. */
    TOWNSHIP("乡镇人民政府"),
    /** 街道办事处. */
    SUBDISTRICT("街道办事处"),
    /** 人民政府部门 (局、委、办、厅…). */
    DEPARTMENT("政府部门"),
    UNKNOWN("未识别");

    private final String chinese;

    OrganKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** 各级人民政府, 乡镇 included (条例第五十条第四项). */
    public boolean isPeoplesGovernment() {
        return this == GOVERNMENT || this == TOWNSHIP;
    }
}
