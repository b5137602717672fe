package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.OrganKind;
import org.disclosurechecker.model.Paragraph;

/**
 * Reads the title (which may be wrapped over two or three short lines) and the organ it names, and
 * classifies an organ name: 乡镇, 街道, 人民政府, or a government department.
 */
final class TitleExtractor {

    /** The title and where it starts; {@code text} null when the report has no title line. */
    record Title(String text, int line, int endLine, String organ) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度?");
    private static final String[] SUFFIXES = {"政府信息公开工作年度报告", "政府信息公开年度报告", "信息公开工作年度报告",
        "政务公开工作年度报告", "信息公开年度报告", "年度报告"};

    Title extract(List<Paragraph> paragraphs, int firstTopLine) {
        List<Paragraph> parts = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (firstTopLine > 0 && p.location().line() >= firstTopLine) {
                break;
            }
            String t = p.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean shortLine = t.length() <= 40 && !t.contains("。") && DateExtractor.dateOnly(t) == null;
            if (!shortLine) {
                break;
            }
            parts.add(p);
            if (t.contains("报告") || parts.size() == 3) {
                break;
            }
        }
        if (parts.isEmpty()) {
            return new Title(null, 0, 0, null);
        }
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text().strip()));
        String text = sb.toString();
        if (!text.contains("报告")) {
            // a lone short first line that is not a report title (e.g. an organ name above the intro): use it only as such
            Paragraph first = parts.get(0);
            return new Title(text, first.location().line(), parts.get(parts.size() - 1).location().line(),
                    organFromTitle(text));
        }
        return new Title(text, parts.get(0).location().line(), parts.get(parts.size() - 1).location().line(),
                organFromTitle(text));
    }

    static Integer yearOf(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "闽清县白樟镇人民政府2017年…" → "闽清县白樟镇人民政府"; null when the title names no organ. */
    static String organFromTitle(String title) {
        String t = title.replaceAll("\\s+", "");
        for (String s : SUFFIXES) {
            int i = t.indexOf(s);
            if (i >= 0) {
                t = t.substring(0, i);
                break;
            }
        }
        t = YEAR.matcher(t).replaceAll("");
        t = t.replaceAll("^[（(【\\[]|[)）】\\]]$", "").strip();
        if (t.endsWith("人民")) {
            t = t + "政府";
        }
        return t.length() >= 2 ? t : null;
    }

    static OrganKind kindOf(String organ) {
        if (organ == null || organ.isBlank()) {
            return OrganKind.UNKNOWN;
        }
        String o = organ.replaceAll("\\s+", "").replaceAll("[（(][^）)]*[)）]$", "");
        if (o.matches(".*街道(办事处|办)?(党工委)?$")) {
            return OrganKind.SUBDISTRICT;
        }
        if (o.matches(".*(镇|乡)(人民政府|政府)?$")) {
            return OrganKind.TOWNSHIP;
        }
        if (o.endsWith("人民政府") || o.matches(".*(省|市|县|区|州|盟|旗|自治县|自治州)(政府)?$")) {
            return OrganKind.GOVERNMENT;
        }
        if (o.matches(".*(局|委员会|委|办公室|办公厅|办|厅|中心|院|署|所|站|队|处|会|管委会|管理局)$")) {
            return OrganKind.DEPARTMENT;
        }
        return OrganKind.UNKNOWN;
    }
}
