package org.disclosurechecker.facts.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The phrase → indicator vocabulary of the prose (rules/templates/vocabulary.json): how a figure in the
 * text is recognised as, say, the number of applications received, and which table cells hold that
 * indicator in each edition. Entries are tried in order; the first that fits wins.
 *
 * @param cumulativeMarkers words that make a figure cumulative (历年累计)
 * @param yearMarkers       words that tie it to the report year (本年, 2017年度)
 * @param futureMarkers     words of plans (将, 下一步): such figures are not compared
 * @param deltaMarkers      words before a figure that make it a change against another period
 *                          ("比上年减少2件", "同比增长15件"): such figures are not compared
 * @param listMarkers       words that join two indicators' phrases into a list ("网站和微信", "发布会、访谈"): a
 *                          figure after such a list counts them together and is compared with neither
 * @param declaredParts     how the intro announces the report's parts (for DECLARED-PARTS)
 * @param entries           the indicators
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vocabulary(String cumulativeMarkers, String yearMarkers, String futureMarkers, String deltaMarkers,
                         String listMarkers, DeclaredPartsPhrases declaredParts, List<Entry> entries) {

    /**
     * The intro's announcement of the parts: "本报告由A、B……等六部分组成", "全文包括A、B……，共六个部分".
     *
     * @param announcements regexes, tried in order: group 1 is the list of names, group 2 (optional) a count
     * @param count         regex of a count phrase at the end of the list or of its last name ("等六部分",
     *                      "共六个部分", "6个部分", "等方面的内容"); its group 1, if any, is the number.
     *                      A count phrase is a count, never a part's name.
     * @param separators    regex between two names (、，“” and the like)
     * @param conjunctions  regex of a joining word before a name ("以及", "和", "及"), removed from it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclaredPartsPhrases(List<String> announcements, String count, String separators,
                                       String conjunctions) {
        public DeclaredPartsPhrases {
            announcements = announcements == null ? List.of() : List.copyOf(announcements);
        }
    }

    /**
     * One indicator.
     *
     * @param indicator  key ("apply.received")
     * @param label      Chinese name for messages
     * @param editions   editions it applies to
     * @param units      units a figure of it may have
     * @param pre        regex the words before the figure (within its clause) must contain
     * @param post       regex the words after it must contain
     * @param sentence   regex its sentence must contain
     * @param notPre     regex the words before must not contain
     * @param notSentence regex the sentence must not contain
 * @param lead       regex the sentence up to the figure must contain (for a subject named further back:
 *                   "规章13件（含……废止4件）")
 * @param notLead    regex the sentence up to the figure must not contain
     * @param after      regex the indicator of the previous recognised figure of the same sentence must match
     *                   (for parts listed after their whole: "其中结果维持1件")
     * @param cells      alternatives, the first resolvable wins; each "t/row/col(+t/row/col…)" (a sum) or
     *                   "table:rowLabelRegex:columnLabelRegex" (for tables whose rows have no keys)
     * @param cumulativeCells the same for the cumulative (历年累计) figure
     * @param partOf     the indicator this one is a part of (a channel of the total)
     * @param scale      factor per unit to reach the cells' unit (元 → 万元: 0.0001)
     * @param comparable false for a phrase that names a quantity no cell holds (缴费通知 sent, a withdrawn
     *                   review, 咨询, 留言, 浏览量 …) or whose reference the wording leaves open: its figure is
     *                   compared with nothing, and a part listed after it is not read as a part of another
     *                   indicator; null or true otherwise
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String indicator, String label, List<String> editions, List<String> units, String pre,
                        String post, String sentence, String notPre, String notSentence, String lead,
                        String notLead, String after, List<String> cells,
                        List<String> cumulativeCells, String partOf, Map<String, Double> scale, Boolean comparable) {

        /** Whether a figure of this phrase is compared with a cell at all. */
        public boolean compared() {
            return comparable == null || comparable;
        }

        public Entry {
            editions = editions == null ? List.of() : List.copyOf(editions);
            units = units == null ? List.of() : List.copyOf(units);
            cells = cells == null ? List.of() : List.copyOf(cells);
            cumulativeCells = cumulativeCells == null ? List.of() : List.copyOf(cumulativeCells);
            scale = scale == null ? Map.of() : Map.copyOf(scale);
        }
    }

    public static Vocabulary loadBundled() {
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        String path = "rules/templates/vocabulary.json";
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary missing from the classpath: " + path);
            }
            return mapper.readValue(in, Vocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
