package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.Contact;
import org.disclosurechecker.facts.ContactKind;
import org.disclosurechecker.model.Paragraph;

/**
 * Finds contact items (地址, 邮编, 电话, 传真, 电子邮箱) and where the report is published (a URL, or a
 * named portal and column), and checks each item's format: phone numbers with area code
 * (0xx(x)-7/8 digits) or 11-digit mobiles, 6-digit postcodes, well-formed e-mail addresses and URLs.
 */
final class ContactExtractor {

    private static final Pattern ADDRESS = Pattern.compile("(?:通讯|通信|联系|办公)?地址(?:为|是)?[:：]\\s*([^，,；;。)）\\n]{3,60})");
    private static final Pattern POSTCODE = Pattern.compile("(?:邮编|邮政编码)(?:为|是)?[:：]?\\s*([0-9A-Za-z]{1,12})");
    private static final String PHONE_BODY = "((?:[(（]\\s*0\\d{2,3}\\s*[)）]|0\\d{2,3}|\\d)[\\d\\s\\-－—–]{3,18}\\d)";
    private static final Pattern PHONE = Pattern.compile("(?:联系电话|咨询电话|办公电话|电话号码|服务电话|电话|热线|联系方式)(?:为|是)?[:：]?\\s*" + PHONE_BODY);
    /** A line holds no telephone unless it holds one of these (each label of PHONE contains one): a cheap test first. */
    private static final List<String> PHONE_LABELS = List.of("电话", "热线", "联系方式");
    /** A contact person's name before the number: "联系人及电话：王某某，0835-2212345", "联系人/电话：李明 0835-…". */
    private static final Pattern PERSON_AND_PHONE = Pattern.compile(
            "联系人\\s*(?:及|和|与|、|/|／)?\\s*(?:联系)?(?:电话|方式)(?:为|是)?[:：]?\\s*[\\u4e00-\\u9fa5]{1,4}(?:同志|先生|女士)?[，,、\\s]*"
                    + PHONE_BODY);
    private static final Pattern FAX = Pattern.compile("传真(?:电话|号码)?(?:为|是)?[:：]?\\s*" + PHONE_BODY);
    /**
     * One number labelled as both telephone and fax: "电话（传真）：", "电话/传真：", "电话、传真：", "联系电话及传真：",
     * "传真（电话）：" (a common way of writing a number that serves as both).
     */
    private static final Pattern PHONE_AND_FAX = Pattern.compile(
            "(?:联系|咨询|办公|值班)?(?:电话|传真)(?:号码)?\\s*(?:[（(]\\s*(?:兼|同|及|和)?\\s*(?:传真|电话)\\s*[)）]|[/／、及和与兼]\\s*(?:传真|电话))"
                    + "(?:号码)?(?:为|是)?[:：]?\\s*" + PHONE_BODY);
    /** After a telephone number: the same number is the fax ("（传真同）", "（兼传真）", "，传真同号"). */
    private static final Pattern FAX_SAME = Pattern.compile("^\\s*[（(，,；;]?\\s*(?:传真同号?|同传真|兼传真|传真号码?同上|传真[:：]?\\s*同上)");
    private static final Pattern EMAIL_LABELLED = Pattern.compile("(?:电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?mail)(?:地址)?(?:为|是)?[:：]\\s*([^\\s，,；;。)）]+)");
    private static final Pattern EMAIL_ANY = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s，。；;、)）“”\"<>《》]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PORTAL = Pattern.compile(
            "(本报告|本年报|年报|报告全文|电子版|报告).{0,40}(门户网站|政府网站|网站|政务网|公开平台|专栏|栏目).{0,30}(公布|发布|下载|查阅|获取|公开|查看|浏览|查询)"
                    + "|(门户网站|政府网站|网站|政务网|公开平台|专栏|栏目).{0,40}(下载|查阅|获取|查看|浏览|查询).{0,10}(本报告|本年报|电子版|报告)");

    private static final Pattern EMAIL_OK = Pattern.compile("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern URL_OK = Pattern.compile("^(https?://)?[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+(:\\d+)?(/.*)?$", Pattern.CASE_INSENSITIVE);

    List<Contact> extract(List<Paragraph> paragraphs) {
        List<Contact> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String t = p.text();
            int line = p.location().line();
            // each pattern starts with a label or character that must occur; most lines have none, and a
            // contains() is far cheaper than trying a pattern's alternatives at every position
            Matcher m = ADDRESS.matcher(t);
            while (t.contains("地址") && m.find()) {
                out.add(new Contact(ContactKind.ADDRESS, m.group(1).strip(), true, null, line));
            }
            m = POSTCODE.matcher(t);
            while ((t.contains("邮编") || t.contains("邮政编码")) && m.find()) {
                String v = m.group(1);
                boolean ok = v.matches("\\d{6}");
                out.add(new Contact(ContactKind.POSTCODE, v, ok, ok ? null : "邮编应为6位数字", line));
            }
            List<int[]> shared = new ArrayList<>();
            m = PHONE_AND_FAX.matcher(t);
            while (m.find()) {
                shared.add(new int[] {m.start(), m.end()});
                out.add(phone(ContactKind.PHONE, m.group(1), line));
                out.add(phone(ContactKind.FAX, m.group(1), line));
            }
            m = PHONE.matcher(t);
            while (PHONE_LABELS.stream().anyMatch(t::contains) && m.find()) {
                if (inside(shared, m.start(1))) {
                    continue;
                }
                out.add(phone(ContactKind.PHONE, m.group(1), line));
                if (FAX_SAME.matcher(t.substring(m.end())).find()) {
                    out.add(phone(ContactKind.FAX, m.group(1), line));
                }
            }
            m = PERSON_AND_PHONE.matcher(t);
            while (m.find()) {
                out.add(phone(ContactKind.PHONE, m.group(1), line));
            }
            m = FAX.matcher(t);
            while (t.contains("传真") && m.find()) {
                if (inside(shared, m.start(1))) {
                    continue;
                }
                out.add(phone(ContactKind.FAX, m.group(1), line));
            }
            List<String> emails = new ArrayList<>();
            m = EMAIL_LABELLED.matcher(t);
            boolean mailWord = t.contains("邮箱") || t.contains("信箱") || t.contains("邮件") || t.contains("mail");
            while (mailWord && m.find()) {
                String v = m.group(1);
                emails.add(v);
                boolean ok = EMAIL_OK.matcher(v).matches();
                out.add(new Contact(ContactKind.EMAIL, v, ok, ok ? null : "电子邮箱地址格式不正确", line));
            }
            m = EMAIL_ANY.matcher(t);
            while (t.indexOf('@') >= 0 && m.find()) {
                String v = m.group();
                if (emails.stream().noneMatch(e -> e.contains(v))) {
                    boolean ok = EMAIL_OK.matcher(v).matches();
                    out.add(new Contact(ContactKind.EMAIL, v, ok, ok ? null : "电子邮箱地址格式不正确", line));
                }
            }
            m = URL.matcher(t);
            boolean urlLike = t.contains("://") || t.indexOf('.') >= 0 && t.toLowerCase(Locale.ROOT).contains("www.");
            while (urlLike && m.find()) {
                String v = m.group().replaceAll("[.,]+$", "");
                if (emails.stream().anyMatch(e -> e.contains(v))) {
                    continue;
                }
                boolean ok = URL_OK.matcher(v).matches();
                out.add(new Contact(ContactKind.URL, v, ok, ok ? null : "网址格式不正确", line));
            }
            m = PORTAL.matcher(t);
            if ((t.contains("报告") || t.contains("年报") || t.contains("电子版")) && m.find()) {
                out.add(new Contact(ContactKind.PORTAL, m.group(), true, null, line));
            }
        }
        return out;
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
    }

    /** Checks a phone or fax number: 0xx(x)-7/8 digits (extension allowed), an 11-digit mobile, or a service number. */
    static Contact phone(ContactKind kind, String raw, int line) {
        String v = raw.strip();
        String n = v.replaceAll("[\\s]", "").replaceAll("[－—–]", "-")
                .replaceAll("^[(（](0\\d{2,3})[)）]-?", "$1-");
        boolean ok = n.matches("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?") || n.matches("1[3-9]\\d{9}")
                || n.matches("(12345|12348|96\\d{3,4}|400-?\\d{3}-?\\d{4})");
        String problem = null;
        if (!ok) {
            problem = n.matches("\\d{7,8}") ? "缺少区号" : "号码位数或格式不正确";
        }
        return new Contact(kind, v, ok, problem, line);
    }
}
