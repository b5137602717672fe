package org.disclosurechecker.facts.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.DateMention;
import org.disclosurechecker.facts.DateRole;
import org.disclosurechecker.facts.Period;
import org.disclosurechecker.model.Paragraph;

/**
 * Finds the dates of a report and what each stands for: the date near the title, the 成文日期 under
 * the organ's name at the end (落款), the page's publication date, the 统计期限; any other full date
 * is kept too, so that impossible dates can be reported wherever they are. Reads Arabic
 * ("2018年3月22日", "2018年03月22日"), Chinese ("二〇一八年三月二十二日", "二零一六年一月十七日") and
 * compact ("2018.3.22", "2018-03-22") forms.
 */
final class DateExtractor {

    private static final Pattern ARABIC = Pattern.compile("(?<!\\d)(\\d{4}|\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇零○O0一二三四五六七八九]{2,4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d.])(\\d{4})([.\\-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern PERIOD_WORDS = Pattern.compile("统计(期限|时限|时间|时段|区间|周期|范围|期间)|统计数据的?(时间|期限|时段|区间)|数据统计期|所列数据.{0,6}(时间|期限)");
    private static final Pattern FROM_TO = Pattern.compile("自?\\s*(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日\\s*(起)?\\s*(至|到|—|－|-|～|~)");
    private static final Pattern DATE_ONLY_PREFIX = Pattern.compile(
            "^(发布日期|发布时间|发文日期|成文日期|印发日期|公开日期|公布日期|日期|时间)[:：]?");
    /** What a web page's metadata line puts before its date: "来源：县交通运输局  发布时间：…". */
    private static final Pattern META_LEAD = Pattern.compile(
            "^(?:(?:信息来源|文章来源|来源|发布机构|发布单位|作者)[:：][\\s\\u3000]*[^\\s\\u3000:：]{1,30}[\\s\\u3000]+)+"
                    + "(?=\\S{0,4}(?:日期|时间)[:：])");
    /** ... and after it: "发布日期：2017-02-23　　点击数：268". */
    private static final Pattern META_TAIL = Pattern.compile(
            "[\\s\\u3000]+(?:点击数|点击量|点击|浏览次数|浏览量|访问量|阅读次数|阅读量|字号)[:：]?[^:：]*$");
    private static final Pattern OPEN_BRACKET = Pattern.compile("^[（(\\[【]\\s*");
    private static final Pattern CLOSE_BRACKET = Pattern.compile("\\s*[)）\\]】]$");
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
    /**
     * A labelled date inside a page's metadata line or table row above the report ("成文日期：2020-01-21　发布日期：
     * 2020-01-21", "生成日期	2026-01-22 15:41:07	是否有效"): group 1 the label, group 2 the date.
     */
    private static final Pattern META_DATE = Pattern.compile(
            "(发布日期|发布时间|发文日期|成文日期|印发日期|公开日期|公布日期|生成日期)[:：]?[\\s\\u3000]*"
                    + "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2})");
    /** What a 落款 date line may add after the date: "2018年3月16日印发", "…日发布", "…日制". */
    private static final Pattern DATE_SUFFIX = Pattern.compile("(?<=日)\\s*(?:印发|发布|公布|签发|制发|编制|制)$");
    /** A period given as a whole year: "统计期限为2017年度", "统计时段为2017年全年". */
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*(?:年度|年全年|全年|年)(?![\\d\\s]*月)");
    private static final Pattern ORGAN_LINE = Pattern.compile(
            "(政府|局|委员会|委|办公室|办事处|街道|镇|乡|厅|中心|院|署|办|会|所|站|队|公司)(（[^）]{1,12}）)?$");

    /** All dates found, the period, and the 落款 organ (the line above the signing date) when there is one. */
    record Result(List<DateMention> dates, Period period, String signingOrgan, int signingOrganLine) {
    }

    /** A date parsed from text, before its role is known. */
    record Parsed(String text, LocalDate date, boolean valid, boolean chinese, boolean ling, boolean padded,
                  boolean compact, boolean shortYear, int start, int end) {
    }

    Result extract(List<Paragraph> paragraphs, int firstTopLine, String publishedMeta) {
        List<DateMention> out = new ArrayList<>();
        Period period = null;
        String organ = null;
        int organLine = 0;

        // the signing date: the last date-only paragraph after the first part, preferring one under an organ name
        int signingIndex = -1;
        int underOrgan = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            boolean closing = firstTopLine > 0 ? p.location().line() > firstTopLine : i >= 5;
            if (closing && dateOnly(p.text()) != null) {
                signingIndex = i;
                if (i > 0 && isOrganLine(paragraphs.get(i - 1).text())) {
                    underOrgan = i;
                }
            }
        }
        if (underOrgan >= 0) {
            signingIndex = underOrgan;
            organ = paragraphs.get(underOrgan - 1).text().strip();
            organLine = paragraphs.get(underOrgan - 1).location().line();
        }

        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String text = p.text();
            int line = p.location().line();
            Parsed only = dateOnly(text);
            if (only != null) {
                DateRole role;
                if (i == signingIndex) {
                    role = DateRole.SIGNING;
                } else if (line < firstTopLine || firstTopLine == 0 && i < 5) {
                    role = DATE_ONLY_PREFIX.matcher(text.strip()).find() && text.contains("发布")
                            ? DateRole.PUBLICATION : DateRole.HEADER;
                } else {
                    role = DateRole.OTHER;
                }
                out.add(mention(role, only, line));
                continue;
            }
            List<Parsed> found = findAll(text);
            if (line < firstTopLine || firstTopLine == 0 && i < 5) {
                Matcher md = META_DATE.matcher(text);
                List<Parsed> labelled = new ArrayList<>();
                while (md.find()) {
                    List<Parsed> d = findAll(md.group(2));
                    if (d.size() == 1) {
                        out.add(mention(md.group(1).contains("成文") || md.group(1).contains("发文")
                                || md.group(1).contains("印发") ? DateRole.HEADER : DateRole.PUBLICATION, d.get(0), line));
                        labelled.add(d.get(0));
                    }
                }
                if (!labelled.isEmpty()) {
                    continue; // a metadata line: its dates are the page's, not the report's figures
                }
            }
            boolean periodSentence = period == null && (PERIOD_WORDS.matcher(text).find() || FROM_TO.matcher(text).find());
            if (periodSentence) {
                Period pd = period(text, line);
                if (pd != null) {
                    period = pd;
                }
            }
            for (Parsed d : found) {
                DateRole role = DateRole.OTHER;
                if (period != null && period.line() == line) {
                    if (d.date() != null && d.date().equals(period.start())) {
                        role = DateRole.PERIOD_START;
                    } else if (d.date() != null && d.date().equals(period.end())) {
                        role = DateRole.PERIOD_END;
                    }
                }
                out.add(mention(role, d, line));
            }
        }
        if (publishedMeta != null) {
            Parsed d = dateOnly(publishedMeta);
            if (d == null) {
                List<Parsed> any = findAll(publishedMeta);
                d = any.isEmpty() ? null : any.get(0);
            }
            if (d != null) {
                out.add(mention(DateRole.PUBLICATION, d, 0));
            }
        }
        return new Result(out, period, organ, organLine);
    }

    static boolean isOrganLine(String text) {
        String t = text.strip();
        return t.length() >= 3 && t.length() <= 40 && !t.contains("。") && !t.contains("，")
                && ORGAN_LINE.matcher(t).find() && dateOnly(t) == null;
    }

    private static DateMention mention(DateRole role, Parsed d, int line) {
        return new DateMention(role, d.text(), d.date(), d.valid(), d.chinese(), d.ling(), d.padded(), d.compact(),
                d.shortYear(), line);
    }

    /** A paragraph that is just a date, possibly bracketed or labelled ("（2017年1月17日）", "发布日期：2024-01-25"). */
    static Parsed dateOnly(String text) {
        String t = text.strip();
        if (t.length() > 60) {
            return null; // a date line with its prefix ("发布日期：") and time is far shorter: skip the patterns
        }
        t = META_TAIL.matcher(META_LEAD.matcher(t).replaceFirst("")).replaceFirst("");
        t = DATE_ONLY_PREFIX.matcher(t).replaceFirst("").strip();
        t = CLOSE_BRACKET.matcher(OPEN_BRACKET.matcher(t).replaceAll("")).replaceAll("").strip();
        t = TRAILING_TIME.matcher(t).replaceAll("");
        t = DATE_SUFFIX.matcher(t).replaceFirst("");
        if (t.isEmpty() || t.length() > 20) {
            return null;
        }
        List<Parsed> all = findAll(t);
        if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == t.length()) {
            return all.get(0);
        }
        return null;
    }

    static List<Parsed> findAll(String text) {
        List<Parsed> out = new ArrayList<>();
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            boolean shortYear = m.group(1).length() == 2;
            int year = Integer.parseInt(m.group(1)) + (shortYear ? 2000 : 0);
            if (!shortYear && (year < 1990 || year > 2100)) {
                continue;
            }
            boolean padded = m.group(2).startsWith("0") || m.group(3).startsWith("0");
            out.add(build(m.group(), year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), false, false,
                    padded, false, shortYear, m.start(), m.end()));
        }
        m = CHINESE.matcher(text);
        while (m.find()) {
            OptionalInt y = ChineseNumerals.parseDigits(m.group(1));
            OptionalInt mo = ChineseNumerals.parse(m.group(2));
            OptionalInt d = ChineseNumerals.parse(m.group(3));
            if (y.isEmpty() || mo.isEmpty() || d.isEmpty()) {
                continue;
            }
            boolean shortYear = m.group(1).length() == 2;
            int year = y.getAsInt() + (shortYear ? 2000 : 0);
            out.add(build(m.group(), year, mo.getAsInt(), d.getAsInt(), true, m.group(1).contains("零"), false, false,
                    shortYear, m.start(), m.end()));
        }
        m = COMPACT.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year < 1990 || year > 2100) {
                continue;
            }
            out.add(build(m.group(), year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), false, false,
                    false, true, false, m.start(), m.end()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Parsed build(String text, int year, int month, int day, boolean chinese, boolean ling,
                                boolean padded, boolean compact, boolean shortYear, int start, int end) {
        LocalDate date = null;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // an impossible date: kept with valid=false so that DATE-INVALID can report it
        }
        return new Parsed(text, date, date != null, chinese, ling, padded, compact, shortYear, start, end);
    }

    /** The period sentence's start and end; a missing year on the end date is taken from the start. */
    private static Period period(String text, int line) {
        List<Parsed> dates = findAll(text).stream().filter(d -> d.date() != null).toList();
        LocalDate start = null;
        LocalDate end = null;
        if (dates.size() >= 2) {
            start = dates.get(0).date();
            end = dates.get(1).date();
        } else if (dates.size() == 1) {
            Parsed only = dates.get(0);
            Matcher md = MONTH_DAY.matcher(text);
            while (md.find()) {
                if (md.start() >= only.end()) { // "自2025年1月1日至12月31日": the end date takes the start's year
                    try {
                        end = LocalDate.of(only.date().getYear(), Integer.parseInt(md.group(1)),
                                Integer.parseInt(md.group(2)));
                    } catch (DateTimeException e) {
                        end = null;
                    }
                    break;
                }
            }
            String before = text.substring(Math.max(0, only.start() - 4), only.start());
            if (end != null) {
                start = only.date();
            } else if (before.matches(".*(截至|截止|至|到).*")) {
                end = only.date();
            } else {
                start = only.date();
            }
        }
        if (start == null && end == null) {
            Matcher wy = PERIOD_WORDS.matcher(text);
            if (wy.find()) { // "统计期限为2017年度": the whole year, named right after the period's words
                Matcher y = WHOLE_YEAR.matcher(text);
                if (y.find(wy.end()) && y.start() - wy.end() <= 8) {
                    int year = Integer.parseInt(y.group(1));
                    start = LocalDate.of(year, 1, 1);
                    end = LocalDate.of(year, 12, 31);
                }
            }
        }
        if (start == null && end == null) {
            return null;
        }
        int from = Math.max(0, text.indexOf("统计"));
        String excerpt = text.substring(from, Math.min(text.length(), from + 60));
        return new Period(start, end, excerpt, line);
    }
}
