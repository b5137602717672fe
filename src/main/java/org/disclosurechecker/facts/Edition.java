package org.disclosurechecker.facts;

/** Format editions of the annual report (DOMAIN.md A.5). */
public enum Edition {
    /** 2008 条例, report years up to 2018. */
    G1,
    /** 国办公开办函〔2019〕60号, report years 2019–2020. */
    G2,
    /** 国办公开办函〔2021〕30号, report years 2021 on. */
    G3;

    public static Edition forYear(int year) {
        if (year <= 2018) {
            return G1;
        }
        return year <= 2020 ? G2 : G3;
    }

    /** How users know the edition, in Chinese. */
    public String describe() {
        return switch (this) {
            case G1 -> "2008年《条例》时期格式（G1）";
            case G2 -> "国办公开办函〔2019〕60号格式（G2）";
            case G3 -> "国办公开办函〔2021〕30号格式（G3）";
        };
    }
}
