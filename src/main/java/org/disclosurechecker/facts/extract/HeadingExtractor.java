package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.Heading;
import org.disclosurechecker.facts.NumberStyle;
import org.disclosurechecker.facts.template.SectionTemplate;
import org.disclosurechecker.model.Paragraph;

/**
 * Finds the headings of the body and their levels. "一、" headings are the top level; a "3、" heading
 * is top-level too when it continues the top-level numbering and names a required part (drafts that
 * switch styles half way, S001); an unnumbered short line that is a required part's title ("总体情况")
 * is a top-level heading without number. "（一）"/"（1）" are level 2, "1."/"1、" level 3.
 */
final class HeadingExtractor {

    /** A numbering prefix read off a paragraph. */
    record Numbered(NumberStyle style, int number, String numbering, String rest) {
    }

    private static final Pattern CHAPTER = Pattern.compile("^(第([一二三四五六七八九十]{1,3})部分)[、：:\\s]*(.*)$");
    private static final Pattern CN_COMMA = Pattern.compile("^(([一二三四五六七八九十]{1,3})\\s*[、.])\\s*(.*)$");
    private static final Pattern CN_PAREN = Pattern.compile("^([（(]\\s*([一二三四五六七八九十]{1,3})\\s*[)）][、.]?)\\s*(.*)$");
    private static final Pattern AR_PAREN = Pattern.compile("^([（(]\\s*(\\d{1,2})\\s*[)）][、.]?)\\s*(.*)$");
    private static final Pattern AR_DOT = Pattern.compile("^((\\d{1,2})\\s*[、.](?!\\d))\\s*(.*)$");

    private final List<SectionTemplate> sections;

    private final List<String> titleCores;

    HeadingExtractor(List<SectionTemplate> sections) {
        this.sections = sections;
        this.titleCores = sections.stream().map(s -> LabelText.core(s.title())).toList();
    }

    static Optional<Numbered> parse(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = CHAPTER.matcher(t)).matches()) {
            return Optional.of(new Numbered(NumberStyle.CHAPTER, ChineseNumerals.parse(m.group(2)).orElse(0),
                    m.group(1), m.group(3)));
        }
        if ((m = CN_COMMA.matcher(t)).matches()) {
            return Optional.of(new Numbered(NumberStyle.CN_COMMA, ChineseNumerals.parse(m.group(2)).orElse(0),
                    m.group(1).replace(" ", ""), m.group(3)));
        }
        if ((m = CN_PAREN.matcher(t)).matches()) {
            return Optional.of(new Numbered(NumberStyle.CN_PAREN, ChineseNumerals.parse(m.group(2)).orElse(0),
                    m.group(1).replace(" ", ""), m.group(3)));
        }
        if ((m = AR_PAREN.matcher(t)).matches()) {
            return Optional.of(new Numbered(NumberStyle.AR_PAREN, Integer.parseInt(m.group(2)),
                    m.group(1).replace(" ", ""), m.group(3)));
        }
        if ((m = AR_DOT.matcher(t)).matches()) {
            return Optional.of(new Numbered(NumberStyle.AR_DOT, Integer.parseInt(m.group(2)),
                    m.group(1).replace(" ", ""), m.group(3)));
        }
        return Optional.empty();
    }

    /** The heading's own title: up to the first full stop, for run-in headings. */
    static String titleOf(String rest) {
        String t = rest.strip();
        int cut = t.length();
        for (char c : new char[] {'。', '；', ';'}) {
            int i = t.indexOf(c);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return t.substring(0, cut).strip();
    }

    List<Heading> extract(List<Paragraph> paragraphs) {
        List<Heading> out = new ArrayList<>();
        int lastTop = 0;
        boolean seenTop = false;
        int parent = -1;
        int[] siblingCount = new int[4];
        int lastListNumber = 0; // the last "1." item under the current heading
        for (Paragraph p : paragraphs) {
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<Numbered> parsed = parse(text);
            int level = 0;
            NumberStyle style = NumberStyle.NONE;
            int number = 0;
            String numbering = "";
            String title = titleOf(text);
            if (parsed.isPresent()) {
                Numbered n = parsed.get();
                style = n.style();
                number = n.number();
                numbering = n.numbering();
                title = titleOf(n.rest());
                boolean shortish = title.length() <= 50;
                switch (n.style()) {
                    case CN_COMMA, CHAPTER -> level = shortish ? 1 : 0;
                    case AR_DOT -> {
                        // "3、依申请公开…" after "二、": the top level continued in another style
                        // but not "2.依申请公开" right after "1.主动公开": that is a list under 一、总体情况
                        boolean continuesList = lastListNumber > 0 && n.number() == lastListNumber + 1;
                        boolean continuesTop = seenTop && !continuesList && n.number() == lastTop + 1
                                && title.length() <= 40 && namesSection(title);
                        level = continuesTop ? 1 : 3;
                    }
                    case CN_PAREN, AR_PAREN -> level = 2;
                    default -> level = 0;
                }
            } else if (isUnnumberedTitle(text, p.headingHint())) {
                level = 1;
            }
            if (level == 0) {
                continue;
            }
            if (level == 3 && style == NumberStyle.AR_DOT) {
                lastListNumber = number;
            } else if (level < 3) {
                lastListNumber = 0;
            }
            if (level == 1) {
                seenTop = true;
                if (number > 0) {
                    lastTop = number;
                }
                int sibling = siblingCount[1]++;
                parent = out.size();
                siblingCount[2] = 0;
                siblingCount[3] = 0;
                out.add(new Heading(out.size(), 1, style, number, numbering, title, p.location().line(), -1, sibling));
            } else {
                int sibling = siblingCount[level]++;
                if (level == 2) {
                    siblingCount[3] = 0;
                }
                out.add(new Heading(out.size(), level, style, number, numbering, title, p.location().line(), parent,
                        sibling));
            }
        }
        return out;
    }

    private boolean namesSection(String title) {
        for (SectionTemplate s : sections) {
            for (String k : s.keywords()) {
                if (LabelText.containsLoosely(title, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short line without numbering that is (nearly) a required part's title. */
    private boolean isUnnumberedTitle(String text, boolean headingHint) {
        if (text.length() > 25 || text.contains("。")) {
            return false;
        }
        String core = LabelText.core(text);
        for (int i = 0; i < sections.size(); i++) {
            SectionTemplate s = sections.get(i);
            String title = titleCores.get(i);
            // lengths that differ by more than a fifth cannot reach 0.8: skip the edit distance
            if (Math.abs(core.length() - title.length()) * 5 <= Math.max(core.length(), title.length())
                    && LabelText.similarity(core, title) >= 0.8) {
                return true;
            }
            if (headingHint && namesSection(text)) {
                return true;
            }
        }
        return false;
    }
}
