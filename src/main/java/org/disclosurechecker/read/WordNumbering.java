package org.disclosurechecker.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * Resolves Word's automatic numbering into the text a reader sees ("一、", "（二）", "3."): the
 * paragraph's own w:numPr or the one of its style chain, the level of the abstract numbering (or a
 * level override), counters kept per abstract list in document order (deeper levels restart when a
 * level advances; a w:num with a start override restarts the list), w:lvlText expanded with each
 * level's w:numFmt. Also tells which paragraphs have a heading style.
 */
final class WordNumbering {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^\\s*(heading|标题)\\s*[1-9]\\s*$");

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();
    private final Map<String, Integer[]> startOverrides = new HashMap<>();
    private final Set<String> seenNums = new HashSet<>();

    WordNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    private record NumRef(String numId, int ilvl) {
    }

    /** The number label of a paragraph with its separator ("一、"), or "" when it is not numbered. */
    String label(Element p) {
        if (numbering == null) {
            return "";
        }
        NumRef ref = numRef(p);
        if (ref == null || ref.numId.equals("0")) {
            return "";
        }
        Element num = num(ref.numId);
        if (num == null) {
            return "";
        }
        String absId = Dom.val(Dom.child(num, "abstractNumId"));
        Element abs = abstractNum(absId);
        if (abs == null) {
            return "";
        }
        Element link = Dom.child(abs, "numStyleLink");
        if (link != null) {
            // the list is defined by a numbering style: follow it once
            NumRef viaStyle = styleNumRef(Dom.val(link));
            Element linked = viaStyle == null ? null : num(viaStyle.numId);
            String linkedAbs = linked == null ? null : Dom.val(Dom.child(linked, "abstractNumId"));
            if (linkedAbs != null && abstractNum(linkedAbs) != null) {
                absId = linkedAbs;
                abs = abstractNum(linkedAbs);
            }
        }
        int ilvl = Math.max(0, Math.min(8, ref.ilvl));
        Element lvl = level(abs, num, ilvl);
        if (lvl == null) {
            return "";
        }
        int[] c = counters.computeIfAbsent(absId, k -> new int[9]);
        boolean[] st = started.computeIfAbsent(absId, k -> new boolean[9]);
        Integer[] overrides = startOverrides.computeIfAbsent(absId, k -> new Integer[9]);
        if (seenNums.add(ref.numId)) {
            for (Element o : Dom.children(num)) {
                if (Dom.isW(o, "lvlOverride")) {
                    Integer l = Dom.intAttr(o, "ilvl");
                    Integer s = Dom.intVal(Dom.child(o, "startOverride"));
                    if (l != null && l >= 0 && l < 9 && s != null) {
                        overrides[l] = s;
                        st[l] = false;
                    }
                }
            }
        }
        String[] formats = new String[9];
        for (int l = 0; l < 9; l++) {
            Element lv = level(abs, num, l);
            String f = lv == null ? null : Dom.val(Dom.child(lv, "numFmt"));
            formats[l] = f == null ? "decimal" : f;
            if (l < ilvl && !st[l]) {
                c[l] = start(lv, overrides[l]);
            }
        }
        if (!st[ilvl]) {
            c[ilvl] = start(lvl, overrides[ilvl]);
            st[ilvl] = true;
        } else {
            c[ilvl]++;
        }
        for (int l = ilvl + 1; l < 9; l++) {
            st[l] = false;
            overrides[l] = null;
        }
        if ("bullet".equals(formats[ilvl]) || "none".equals(formats[ilvl])) {
            return "";
        }
        String text = Dom.val(Dom.child(lvl, "lvlText"));
        if (text == null) {
            return "";
        }
        String label = ListNumbers.expand(text, c, formats, ilvl, Dom.isOn(Dom.child(lvl, "isLgl")));
        if (label == null || label.isBlank()) {
            return "";
        }
        String suff = Dom.val(Dom.child(lvl, "suff"));
        return label + ListNumbers.separator(label, suff == null ? "tab" : suff);
    }

    /** True when the paragraph has a heading style (Heading 1-9 / 标题 1-9) or an outline level. */
    boolean isHeading(Element p) {
        Element pPr = Dom.child(p, "pPr");
        if (pPr != null && Dom.child(pPr, "outlineLvl") != null) {
            Integer l = Dom.intVal(Dom.child(pPr, "outlineLvl"));
            return l != null && l < 9;
        }
        String styleId = pPr == null ? null : Dom.val(Dom.child(pPr, "pStyle"));
        for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return false;
            }
            String name = style.getName();
            if (name != null && HEADING_STYLE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
            Element s = (Element) style.getCTStyle().getDomNode();
            Element sPr = Dom.child(s, "pPr");
            if (sPr != null && Dom.child(sPr, "outlineLvl") != null) {
                Integer l = Dom.intVal(Dom.child(sPr, "outlineLvl"));
                return l != null && l < 9;
            }
            styleId = style.getBasisStyleID();
        }
        return false;
    }

    private NumRef numRef(Element p) {
        Element pPr = Dom.child(p, "pPr");
        Element numPr = pPr == null ? null : Dom.child(pPr, "numPr");
        if (numPr != null && Dom.child(numPr, "numId") != null) {
            Integer ilvl = Dom.intVal(Dom.child(numPr, "ilvl"));
            return new NumRef(Dom.val(Dom.child(numPr, "numId")), ilvl == null ? 0 : ilvl);
        }
        String styleId = pPr == null ? null : Dom.val(Dom.child(pPr, "pStyle"));
        NumRef viaStyle = styleNumRef(styleId);
        if (viaStyle != null && numPr != null && Dom.child(numPr, "ilvl") != null) {
            Integer ilvl = Dom.intVal(Dom.child(numPr, "ilvl"));
            return new NumRef(viaStyle.numId, ilvl == null ? viaStyle.ilvl : ilvl);
        }
        return viaStyle;
    }

    /** The numbering a paragraph style (or the style it is based on) carries. */
    private NumRef styleNumRef(String styleId) {
        for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            Element s = (Element) style.getCTStyle().getDomNode();
            Element numPr = Dom.child(Dom.child(s, "pPr"), "numPr");
            if (numPr != null && Dom.child(numPr, "numId") != null) {
                Integer ilvl = Dom.intVal(Dom.child(numPr, "ilvl"));
                String numId = Dom.val(Dom.child(numPr, "numId"));
                return new NumRef(numId, ilvl != null ? ilvl : levelForStyle(numId, styleId));
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The level of a list whose w:pStyle names the style (headings linked to a multilevel list). */
    private int levelForStyle(String numId, String styleId) {
        Element num = num(numId);
        Element abs = num == null ? null : abstractNum(Dom.val(Dom.child(num, "abstractNumId")));
        for (Element lvl : Dom.children(abs)) {
            if (Dom.isW(lvl, "lvl") && styleId.equals(Dom.val(Dom.child(lvl, "pStyle")))) {
                Integer l = Dom.intAttr(lvl, "ilvl");
                return l == null ? 0 : l;
            }
        }
        return 0;
    }

    private Element num(String numId) {
        try {
            XWPFNum n = numbering.getNum(new BigInteger(numId.strip()));
            return n == null || n.getCTNum() == null ? null : (Element) n.getCTNum().getDomNode();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Element abstractNum(String absId) {
        if (absId == null) {
            return null;
        }
        try {
            XWPFAbstractNum a = numbering.getAbstractNum(new BigInteger(absId.strip()));
            return a == null || a.getCTAbstractNum() == null ? null : (Element) a.getCTAbstractNum().getDomNode();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Level {@code ilvl}: a w:lvlOverride's own w:lvl wins over the abstract list's. */
    private static Element level(Element abs, Element num, int ilvl) {
        for (Element o : Dom.children(num)) {
            if (Dom.isW(o, "lvlOverride") && Integer.valueOf(ilvl).equals(Dom.intAttr(o, "ilvl"))) {
                Element lvl = Dom.child(o, "lvl");
                if (lvl != null) {
                    return lvl;
                }
            }
        }
        for (Element lvl : Dom.children(abs)) {
            if (Dom.isW(lvl, "lvl") && Integer.valueOf(ilvl).equals(Dom.intAttr(lvl, "ilvl"))) {
                return lvl;
            }
        }
        return null;
    }

    private static int start(Element lvl, Integer override) {
        if (override != null) {
            return override;
        }
        Integer s = lvl == null ? null : Dom.intVal(Dom.child(lvl, "start"));
        return s == null ? 1 : s;
    }
}
