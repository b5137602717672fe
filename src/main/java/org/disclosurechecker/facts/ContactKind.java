package org.disclosurechecker.facts;

/** Kinds of contact and publication information. */
public enum ContactKind {
    ADDRESS("地址"), POSTCODE("邮编"), PHONE("电话"), FAX("传真"), EMAIL("电子邮箱"), URL("网址"),
    /** A named website or column where the report can be found, without a URL. */
    PORTAL("发布网站");

    private final String chinese;

    ContactKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
