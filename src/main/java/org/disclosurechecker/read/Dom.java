package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over the DOM of WordprocessingML parts (as POI's XmlBeans objects expose it). */
final class Dom {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private Dom() {
    }

    static boolean isW(Node n, String local) {
        return n instanceof Element && W.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    static boolean is(Node n, String ns, String local) {
        return n instanceof Element && ns.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first w:{@code local} child, or null. */
    static Element child(Node parent, String local) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** The w:val attribute, or null. */
    static String val(Element e) {
        return attr(e, "val");
    }

    static String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, local);
        if (v == null || v.isEmpty()) {
            v = e.getAttribute("w:" + local);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    /** A w:b / w:vanish style toggle: present and not switched off. */
    static boolean isOn(Element e) {
        if (e == null) {
            return false;
        }
        String v = val(e);
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    static Integer intVal(Element e) {
        return intAttr(e, "val");
    }

    /** A w: attribute read as an integer, or null when absent or not a number. */
    static Integer intAttr(Element e, String local) {
        String v = attr(e, local);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** The text inside an element (XmlBeans' DOM has no getTextContent, a DOM level 3 method). */
    static String text(Node e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return sb.toString();
    }

    private static void appendText(Node e, StringBuilder sb) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element) {
                appendText(n, sb);
            }
        }
    }

    /** The branch of an mc:AlternateContent to read: its first mc:Choice, else its mc:Fallback. */
    static Element alternative(Element alternateContent) {
        Element fallback = null;
        for (Element c : children(alternateContent)) {
            if (is(c, MC, "Choice")) {
                return c;
            }
            if (is(c, MC, "Fallback")) {
                fallback = c;
            }
        }
        return fallback;
    }
}
