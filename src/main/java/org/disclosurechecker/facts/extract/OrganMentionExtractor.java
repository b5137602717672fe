package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.OrganMention;
import org.disclosurechecker.model.Paragraph;

/**
 * Finds the places where a report names its own organ (编制单位, 联系单位, 落款) and whether that name
 * fits the organ of the title: the lowest administrative unit named (县, 镇, 街道…) must be one of the
 * title organ's units. A different town in a town's report is a template copied from elsewhere.
 */
final class OrganMentionExtractor {

    private static final Pattern COMPILED_BY = Pattern.compile("(?:本报告|本年报|报告)由(\\p{IsHan}{2,25}?)(?:负责)?(?:编制|编写|制作)");
    private static final Pattern CONTACT = Pattern.compile("(?:请与|可与|请联系)(\\p{IsHan}{2,25}?)(?:联系|[（(，,。：:])");
    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}{1,8}?(?:自治州|自治县|街道|省|市|县|区|旗|盟|镇|乡)");

    List<OrganMention> extract(List<Paragraph> paragraphs, String reportOrgan, String signingOrgan, int signingLine) {
        List<OrganMention> out = new ArrayList<>();
        if (reportOrgan == null) {
            return out;
        }
        List<String> units = units(reportOrgan);
        if (units.isEmpty()) {
            return out;
        }
        for (Paragraph p : paragraphs) {
            add(out, COMPILED_BY.matcher(p.text()), "编制单位", units, p.location().line());
            add(out, CONTACT.matcher(p.text()), "联系单位", units, p.location().line());
        }
        if (signingOrgan != null) {
            out.add(new OrganMention("落款", signingOrgan, fits(signingOrgan, units), signingLine));
        }
        return out;
    }

    private static void add(List<OrganMention> out, Matcher m, String role, List<String> units, int line) {
        while (m.find()) {
            String name = m.group(1);
            out.add(new OrganMention(role, name, fits(name, units), line));
        }
    }

    /** A name fits when it names no place, or its lowest place is one of the organ's, or of another level. */
    static boolean fits(String name, List<String> organUnits) {
        List<String> u = units(name);
        if (u.isEmpty()) {
            return true;
        }
        String lowest = u.get(u.size() - 1);
        if (organUnits.contains(lowest)) {
            return true;
        }
        String organLowest = organUnits.get(organUnits.size() - 1);
        return !suffix(lowest).equals(suffix(organLowest));
    }

    static List<String> units(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = UNIT.matcher(name.replaceAll("\\s+", ""));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String suffix(String unit) {
        return unit.endsWith("街道") ? "街道" : unit.substring(unit.length() - 1);
    }
}
