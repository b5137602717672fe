package org.disclosurechecker.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.facts.extract.FactExtractor;
import org.disclosurechecker.facts.template.Templates;
import org.disclosurechecker.read.ReadOptions;
import org.disclosurechecker.read.TextReader;

/** Facts of the samples: identity, dates with roles, contacts, table cells by indicator key. */
class FactExtractorTest {

    static final FactExtractor EXTRACTOR = new FactExtractor(Templates.loadBundled());

    static ReportFacts facts(String sample) throws Exception {
        var p = TestSupport.SAMPLES.resolve(sample);
        return EXTRACTOR.extract(new TextReader().read(p, sample, ReadOptions.defaults()), FactOptions.defaults());
    }

    static <T> List<T> all(ReportFacts f, Class<T> type) {
        return f.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Map<String, TableCell> cells(ReportFacts f, String table) {
        return all(f, TableCell.class).stream().filter(c -> c.tableKey().equals(table))
                .collect(Collectors.toMap(c -> c.rowKey() + "/" + c.columnKey(), c -> c));
    }

    @Test
    void identityOfEachSample() throws Exception {
        Report r = facts("2017-baizhang-town.txt").report();
        assertEquals("2017年闽清县白樟镇人民政府信息公开工作年度报告", r.title(), "a title wrapped over two lines");
        assertEquals("闽清县白樟镇人民政府", r.organ());
        assertEquals(OrganKind.TOWNSHIP, r.organKind());
        Report s3 = facts("2017-xiangshan-county-office.txt").report();
        assertEquals(OrganKind.DEPARTMENT, s3.organKind(), "县人民政府办公室 is a department");
        assertEquals(Edition.G1, s3.edition());
        Report s4 = facts("2019-sangzhou-town.txt").report();
        assertEquals(Edition.G2, s4.edition());
        assertEquals(Edition.G2, s4.layoutEdition());
        assertEquals("本年新制作数量", s4.layoutEvidence());
        assertEquals(OrganKind.TOWNSHIP, s4.organKind());
    }

    @Test
    void datesAndTheirRoles() throws Exception {
        List<DateMention> s2 = all(facts("2016-jichang-town.txt"), DateMention.class);
        DateMention header = s2.stream().filter(d -> d.role() == DateRole.HEADER).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2017, 1, 17), header.date());
        assertEquals(5, header.line());
        DateMention signing = s2.stream().filter(d -> d.role() == DateRole.SIGNING).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2016, 1, 17), signing.date(), "二零一六年一月十七日");
        assertTrue(signing.chinese() && signing.usesLing());
        assertEquals(68, signing.line());

        ReportFacts s0 = facts("2017-xianxiang-town.txt");
        DateMention signed = all(s0, DateMention.class).stream().filter(d -> d.role() == DateRole.SIGNING)
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2018, 3, 22), signed.date());
        Period p = all(s0, Period.class).get(0);
        assertEquals(LocalDate.of(2017, 1, 1), p.start());
        assertEquals(LocalDate.of(2017, 12, 31), p.end());
        assertEquals(LocalDate.of(2018, 3, 31), all(s0, Deadline.class).get(0).date());
    }

    @Test
    void contactItems() throws Exception {
        List<Contact> s1 = all(facts("2017-baizhang-town.txt"), Contact.class);
        Map<ContactKind, String> byKind = s1.stream().collect(Collectors.toMap(Contact::kind, Contact::value, (a, b) -> a));
        assertEquals("白樟镇白樟街50号", byKind.get(ContactKind.ADDRESS));
        assertEquals("350804", byKind.get(ContactKind.POSTCODE));
        assertEquals("0591-22548311", byKind.get(ContactKind.PHONE));
        assertEquals("0591-22545773", byKind.get(ContactKind.FAX));
        assertEquals("baizhang22548311@163.com", byKind.get(ContactKind.EMAIL));
        assertEquals("http://mqx.fuzhou.gov.cn/", byKind.get(ContactKind.URL));
        assertTrue(s1.stream().allMatch(Contact::wellFormed));
        List<Contact> s0 = all(facts("2017-xianxiang-town.txt"), Contact.class);
        assertEquals(List.of(ContactKind.PHONE), s0.stream().map(Contact::kind).toList());
    }

    @Test
    void nationalTableCellsByIndicator() throws Exception {
        Map<String, TableCell> c = cells(facts("2017-xiangshan-county-office.txt"), "stat");
        assertEquals("212", c.get("active.total/value").value().toPlainString());
        assertEquals("172", c.get("active.ch.website/value").value().toPlainString());
        assertEquals("9", c.get("apply.received.online/value").value().toPlainString());
        assertEquals("1", c.get("apply.answered.refused.notinfo/value").value().toPlainString());
        assertEquals("6", c.get("apply.answered.notours/value").value().toPlainString());
        assertEquals("380", c.get("meet.trainees/value").value().toPlainString());
        assertEquals("0", c.get("litigation.corrected/value").value().toPlainString(), "（二）被依法纠错数 under 五");
        assertEquals(237, c.get("review.corrected/value").line(), "（二）被依法纠错数 under 四");
        assertEquals(253, c.get("litigation.corrected/value").line(), "（二）被依法纠错数 under 五");
        Map<String, TableCell> s0 = cells(facts("2017-xianxiang-town.txt"), "stat");
        assertTrue(s0.get("active.ch.gazette/value") == null, "S000 has no 政府公报 row");
        assertEquals(CellStatus.BLANK, s0.get("org.staff.fulltime/value").status());
    }

    @Test
    void g2TableCellsByIndicator() throws Exception {
        ReportFacts f = facts("2019-sangzhou-town.txt");
        Map<String, TableCell> t2 = cells(f, "t2");
        TableCell amount = t2.get("item9.procurement/amount");
        assertEquals("9.2", amount.value().toPlainString());
        assertEquals("万元", amount.unit());
        assertEquals("27", t2.get("item9.procurement/count").value().toPlainString());
        Map<String, TableCell> t3 = cells(f, "t3");
        assertEquals(CellStatus.BLANK, t3.get("withheld.secret/np").status());
        assertEquals("0", t3.get("total/tot").value().toPlainString());
        assertEquals(336, t3.get("total/np").line());
        Map<String, TableCell> t4 = cells(f, "t4");
        assertEquals(15, t4.size());
        assertEquals("0", t4.get("after/total").value().toPlainString());
        assertEquals(CellStatus.BLANK, t4.get("review/upheld").status());
    }
}
