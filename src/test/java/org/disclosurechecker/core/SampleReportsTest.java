package org.disclosurechecker.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;

/** The five real sample reports get the findings DOMAIN.md §E lists, at the right lines. */
class SampleReportsTest {

    static ReportResult report(String name) {
        return TestSupport.check(TestSupport.SAMPLES.resolve(name));
    }

    static Set<Integer> lines(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::line)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Finding> of(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void xianxiang2017() {
        ReportResult r = report("2017-xianxiang-town.txt");
        assertEquals("G1", r.edition());
        assertEquals(2017, r.year());
        assertEquals("咸祥镇人民政府", r.organ());
        assertEquals(Set.of(73), lines(r, "CHANNELS-IMPLAUSIBLE"), "315 > 40+52+168+0");
        assertEquals("315", of(r, "CHANNELS-IMPLAUSIBLE").get(0).actual());
        assertEquals("260", of(r, "CHANNELS-IMPLAUSIBLE").get(0).expected().replace("不大于", ""));
        assertEquals(Set.of(298), lines(r, "CELL-BLANK"), "专职人员数 is blank");
        assertTrue(of(r, "CELL-BLANK").get(0).row().contains("专职人员数"));
        assertEquals(Severity.WARNING, of(r, "CONTACT-MISSING").get(0).severity(), "phone only, G1");
        assertTrue(of(r, "CONTACT-MISSING").get(0).message().contains("地址"));
        assertTrue(lines(r, "DATE-MISSING").isEmpty(), "signed 2018年3月22日");
        assertTrue(lines(r, "DATE-AFTER-DEADLINE").isEmpty());
        assertTrue(lines(r, "NORMDOC-GAP").isEmpty(), "12 = 12");
        assertTrue(lines(r, "SECTION-MISSING").isEmpty(), "all six items present");
        assertTrue(lines(r, "SUM-MISMATCH").isEmpty(), "3 = blank + 3 holds with blank read as 0");
        assertEquals(Set.of(17), lines(r, "TEXT-ACTIVITY-ZERO"), "a training of about 35 people, table 0");
        assertTrue(lines(r, "TEXT-TABLE-MISMATCH").isEmpty(), "315 = 315");
    }

    @Test
    void baizhang2017() {
        ReportResult r = report("2017-baizhang-town.txt");
        assertEquals("G1", r.edition());
        List<Finding> missing = of(r, "SECTION-MISSING");
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).expected().contains("收费及减免"));
        assertEquals(Severity.ERROR, missing.get(0).severity(), "the local table has no fee row to fall back on");
        assertEquals(Set.of(0), lines(r, "DATE-MISSING"));
        assertEquals(Set.of(39, 47, 67), lines(r, "SECTION-NUMBERING"), "（一）/（2）, 一、二、/3、, （1）/（二）");
        assertEquals(Set.of(128), lines(r, "TABLE-SHAPE"), "4.其他类型答复数 lacks its 历年累计 cell");
        assertTrue(of(r, "TABLE-SHAPE").get(0).column().contains("历年累计"));
        assertTrue(lines(r, "CONTACT-MISSING").isEmpty(), "the contact block is complete");
        assertTrue(lines(r, "DECLARED-PARTS").isEmpty(), "six parts announced, six in the body");
        assertEquals(Set.of(62), lines(r, "ORGAN-MISMATCH"), "a 镇 report says 我局");
        List<Finding> cumulative = of(r, "TEXT-TABLE-MISMATCH");
        assertEquals(Set.of(38), lines(r, "TEXT-TABLE-MISMATCH"), "2017年度及历年累计…49条 vs 历年累计 1265");
        assertEquals(Severity.WARNING, cumulative.get(0).severity(), "this year and cumulative at once: ambiguous");
        assertEquals("1265", cumulative.get(0).expected());
    }

    @Test
    void jichang2016() {
        ReportResult r = report("2016-jichang-town.txt");
        assertEquals(2016, r.year());
        assertEquals(Set.of(68), lines(r, "DATE-BEFORE-PERIOD-END"), "二零一六年一月十七日 on a 2016 report");
        assertEquals(Set.of(68), lines(r, "DATE-CONFLICT"), "header （2017年1月17日）");
        assertEquals(Set.of(68), lines(r, "DATE-FORMAT"));
        assertTrue(of(r, "DATE-FORMAT").get(0).message().contains("〇"), "零 instead of 〇");
        assertTrue(of(r, "SECTION-MISSING").stream().anyMatch(f -> f.expected().contains("收费及减免")));
        assertEquals(Set.of(7), lines(r, "DECLARED-PARTS"));
        assertEquals(Set.of(88), lines(r, "NORMDOC-GAP"), "26 vs 32");
        assertEquals(Set.of(0), lines(r, "PERIOD-MISSING"));
        assertTrue(lines(r, "SUM-MISMATCH").isEmpty(), "all identities hold");
        List<String> mismatches = of(r, "TEXT-TABLE-MISMATCH").stream().map(f -> f.line() + ":" + f.actual() + "/"
                + f.expected()).sorted().toList();
        assertEquals(List.of("34:75条/70", "35:42条/38", "35:88条/66", "56:19人/10"), mismatches);
        assertTrue(of(r, "TEXT-TABLE-MISMATCH").stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertEquals(Set.of(35), lines(r, "TEXT-PART-EXCEEDS-TOTAL"), "88 > 75 in the prose");
        assertTrue(lines(r, "ABBREVIATION-UNDEFINED").contains(33), "按照《规定》");
    }

    @Test
    void xiangshan2017IsThePositiveControlForArithmetic() {
        ReportResult r = report("2017-xiangshan-county-office.txt");
        assertEquals(Set.of(0), lines(r, "DATE-MISSING"));
        assertEquals(Set.of(2), lines(r, "TITLE-FORM"), "title omits 政府");
        for (String rule : List.of("SUM-MISMATCH", "SUBSET-EXCEEDS", "CHANNELS-IMPLAUSIBLE", "NORMDOC-GAP",
                "PLAUSIBILITY", "CELL-BLANK")) {
            assertTrue(lines(r, rule).isEmpty(), rule + " must not fire on S003");
        }
        assertTrue(lines(r, "TEXT-TABLE-MISMATCH").isEmpty(), "212/172/20; 12 = 9 + 3; 3期/380人次");
        assertEquals(Set.of(24), lines(r, "TEXT-ACTIVITY-ZERO"), "34 解读图解 vs 政策解读稿件发布数 0");
        assertEquals(Set.of(17, 22), lines(r, "PUNCTUATION"), "。。 and an ASCII comma");
        assertEquals(Set.of(313, 314), lines(r, "PAGE-ARTIFACT"), "stray page numbers 8 9");
        assertTrue(lines(r, "ORGAN-MISMATCH").isEmpty(), "我县 is fine for a county office");
        assertTrue(r.passed(), "no ERROR on S003");
    }

    @Test
    void sangzhou2019() {
        ReportResult r = report("2019-sangzhou-town.txt");
        assertEquals("G2", r.edition());
        assertTrue(lines(r, "EDITION-MISMATCH").isEmpty());
        assertEquals(Set.of(3), lines(r, "SECTION-TITLE"), "总体情况 without 一、");
        assertEquals(Set.of(409), lines(r, "SECTION-TITLE-VARIANT"), "其它 for 其他: a spelling, INFO");
        assertEquals(Severity.INFO, of(r, "SECTION-TITLE-VARIANT").get(0).severity());
        assertEquals(Set.of(0), lines(r, "GOVT-ACCOUNTABILITY"));
        assertEquals(Severity.ERROR, of(r, "GOVT-ACCOUNTABILITY").get(0).severity());
        assertEquals(Severity.INFO, of(r, "CONTACT-MISSING").get(0).severity(), "G2: info");
        assertEquals(Set.of(0), lines(r, "DATE-MISSING"));
        assertFalse(lines(r, "CELL-BLANK").isEmpty());
        assertTrue(lines(r, "BALANCE-MISMATCH").isEmpty(), "0 + 0 = 0 + 0");
        assertTrue(lines(r, "TABLE-MISSING").isEmpty(), "tables 二, 三, 四 all present");
        assertTrue(lines(r, "TABLE-SHAPE").isEmpty(), "G2 tables complete");
        assertEquals(Set.of(3), lines(r, "OVERVIEW-COVERAGE"), "机构/队伍/平台/监督 only");
        assertEquals(Set.of(9), lines(r, "ABBREVIATION-UNDEFINED"), "《条例》 never defined");
    }

    @Test
    void samplesAsADirectoryFailOverallAndInAStableOrder() {
        var result = TestSupport.check(CheckRequest.builder().input(Path.of("sample-reports")).build());
        assertEquals(5, result.reports().size());
        assertFalse(result.passed());
        List<String> files = result.reports().stream().map(ReportResult::file).toList();
        assertEquals(files.stream().sorted().toList(), files);
        assertTrue(files.get(0).startsWith("sample-reports/"), "paths relative to the base directory");
    }
}
