package org.disclosurechecker.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.disclosurechecker.facts.Contact;
import org.disclosurechecker.facts.ContactKind;
import org.disclosurechecker.model.Location;
import org.disclosurechecker.model.Paragraph;

/** Contact blocks as real reports write them (numbers changed). */
class ContactExtractorTest {

    static String kinds(String text) {
        List<Contact> found = new ContactExtractor().extract(List.of(new Paragraph(text, Location.ofLine(3))));
        return found.stream().map(c -> c.kind().name() + "=" + c.value()).sorted().collect(Collectors.joining(" "));
    }

    @Test
    void oneNumberServingAsPhoneAndFaxIsBoth() {
        String both = "FAX=0557-3026687 PHONE=0557-3026687";
        assertEquals("ADDRESS=宿川市银河一路318号 " + both + " POSTCODE=234100",
                kinds("（地址：宿川市银河一路318号，电话（传真）：0557-3026687，邮编：234100）。"));
        assertEquals(both, kinds("电话/传真：0557-3026687"));
        assertEquals(both, kinds("联系电话、传真：0557-3026687。"));
        assertEquals(both, kinds("联系电话及传真：0557-3026687。"));
        assertEquals(both, kinds("传真（电话）：0557-3026687"));
        assertEquals(both, kinds("电话：0557-3026687（传真同）"));
        assertEquals(both, kinds("电话：0557-3026687（兼传真）"));
    }

    @Test
    void aNumberGivenAsTheMeansOfContactIsATelephone() {
        assertEquals("PHONE=0570-7026418", kinds("请与县政府办公室联系（联系方式：0570-7026418）。"));
        assertEquals("ADDRESS=松川县城北路9号 PHONE=0570-7026418", kinds("联系方式：地址：松川县城北路9号，电话：0570-7026418。"));
    }

    @Test
    void separateNumbersStaySeparateAndAFaxAloneIsNoPhone() {
        assertEquals("FAX=0557-3026688 PHONE=0557-3026687", kinds("电话：0557-3026687，传真：0557-3026688"));
        assertEquals("FAX=0557-3026688 PHONE=0557-3026687", kinds("电话：0557-3026687；传真：0557-3026688；"));
        assertEquals("FAX=0557-3026688", kinds("传真：0557-3026688"));
        assertEquals("", kinds("通过电话、传真、信函等方式受理申请。"));
    }
}
