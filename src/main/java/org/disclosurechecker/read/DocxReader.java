package org.disclosurechecker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.SourceFormat;

/**
 * Reads Word .docx drafts with Apache POI: the body's paragraphs and tables in order (inside content
 * controls too), automatic numbering resolved into the visible text ("一、"), heading styles as heading
 * hints, text boxes after the paragraph that anchors them, soft line breaks as new lines; headers,
 * footers, footnotes, comments, deleted and hidden text left out. Merged cells keep the flattened
 * shape: a gridSpan cell once, a vMerge continuation as one empty cell.
 *
 * <p>POI's zip-bomb and entry-size limits stay on; the package is opened read-only and never saved.
 */
public final class DocxReader implements DocumentReader {

    static final String WHAT = "Word 文档（.docx）";
    static final long MAX_XML_BYTES = 256L * 1024 * 1024;
    /** POI's own limit for document.xml (XWPFDocument refuses deeper documents). */
    static final int MAX_ELEMENT_DEPTH = 1000;

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
        FileBytes.checkSize(file, options);
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.OLE2) {
            throw ole2(file, "docx");
        }
        if (kind != FileKind.ZIP) {
            throw kind.mismatch("docx", WHAT);
        }
        checkInflatedSize(file);
        return Guard.read(WHAT, () -> {
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            } catch (ODFNotOfficeXmlFileException e) {
                throw new ReadException("wrong-format", "文件扩展名是 .docx，但内容是 OpenDocument 文档（.odt，WPS/LibreOffice 格式）。"
                        + "请另存为 .docx 后再检查。", e);
            } catch (OLE2NotOfficeXmlFileException e) {
                throw ole2(file, "docx");
            } catch (NotOfficeXmlFileException | EmptyFileException | InvalidFormatException e) {
                if (!isReadableZip(file)) {
                    throw Guard.corrupt(WHAT, "压缩结构不完整，文件可能只下载或复制了一部分", e);
                }
                throw new ReadException("wrong-format", "文件扩展名是 .docx，但内容不是 Word 文档（是普通 ZIP 压缩包）。"
                        + "请用 Word 打开后另存为 .docx 再检查。", e);
            }
            try {
                checkWordprocessing(pkg);
                checkDepth(pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).get(0));
                XWPFDocument doc = new XWPFDocument(pkg);
                FlatDocumentBuilder out = new FlatDocumentBuilder();
                new Walker(doc, out).body((Element) doc.getDocument().getBody().getDomNode(), false);
                return out.build(displayPath, SourceFormat.DOCX, "UTF-8", List.of(), Map.of());
            } finally {
                pkg.revert();
            }
        });
    }

    /**
     * The XML a .docx inflates to, as its ZIP directory declares it: a report's document.xml is a few
     * megabytes; hundreds of megabytes of XML would fill the heap when parsed. (A directory that lies
     * about sizes is caught by POI's inflate-ratio check while reading.)
     */
    private static void checkInflatedSize(Path file) throws ReadException {
        long total = 0;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    total += Math.max(0, e.getSize());
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // not a readable ZIP: POI's opening says what is wrong
        }
        if (total > MAX_XML_BYTES) {
            throw new ReadException("too-large", String.format("文件解压后的正文内容过大（%.0f MB XML），为安全起见未读取。"
                    + "年报的 Word 文件解压后通常只有几 MB；请确认文件是否正常。", total / 1048576.0));
        }
    }

    /**
     * POI refuses a document.xml nested deeper than {@value #MAX_ELEMENT_DEPTH} elements, but measures the
     * depth recursively, so a much deeper one (a few MB of nested hyperlinks or tables) overflows the
     * stack first; measured here while streaming, it is refused before anything is built.
     */
    private static void checkDepth(PackagePart main) throws IOException, XMLStreamException, ReadException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = main.getInputStream()) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                int depth = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_ELEMENT_DEPTH) {
                        throw Guard.corrupt(WHAT, "结构嵌套过深（超过 " + MAX_ELEMENT_DEPTH + " 层）", null);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                r.close();
            }
        }
    }

    /** Whether the ZIP's central directory can be read at all (a truncated download cannot). */
    private static boolean isReadableZip(Path file) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            return z.size() >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void checkWordprocessing(OPCPackage pkg) throws ReadException {
        if (!pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
            throw new ReadException("wrong-format", "文件是“Strict Open XML”格式的 .docx，无法读取。请在 Word 中另存为普通的"
                    + "“Word 文档（*.docx）”后再检查。");
        }
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw new ReadException("wrong-format", "文件扩展名是 .docx，但其中没有 Word 正文（可能是其他软件生成的 ZIP 压缩包）。"
                    + "请用 Word 打开后另存为 .docx 再检查。");
        }
        String type = main.get(0).getContentType();
        if (type.contains("spreadsheetml")) {
            throw new ReadException("wrong-format", "文件扩展名是 .docx，但内容是 Excel 工作簿。请提供 Word 格式的年报。");
        }
        if (type.contains("presentationml")) {
            throw new ReadException("wrong-format", "文件扩展名是 .docx，但内容是 PowerPoint 演示文稿。请提供 Word 格式的年报。");
        }
        if (!type.contains("wordprocessingml")) {
            throw new ReadException("wrong-format", "文件扩展名是 .docx，但内容不是 Word 文档（" + type + "）。");
        }
    }

    /**
     * An OLE2 container where a .docx was expected: an encrypted Office file (Word keeps encrypted
     * .docx in OLE2), a .doc renamed, or some other Office file.
     */
    static ReadException ole2(Path file, String ext) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return encrypted();
            }
            if (root.hasEntry("WordDocument")) {
                return new ReadException("wrong-format", "文件扩展名是 ." + ext + "，但内容是 Word 97-2003 文档（.doc）。"
                        + "请把扩展名改为 .doc，或在 Word 中另存为 .docx 后再检查。");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new ReadException("wrong-format", "文件扩展名是 ." + ext + "，但内容是 Excel 工作簿。请提供 Word 格式的年报。");
            }
            if (root.hasEntry("PowerPoint Document")) {
                return new ReadException("wrong-format", "文件扩展名是 ." + ext + "，但内容是 PowerPoint 演示文稿。请提供 Word 格式的年报。");
            }
            return new ReadException("wrong-format", "文件扩展名是 ." + ext + "，但内容不是 Word 文档（是其他 Office 97-2003 文件）。");
        } catch (IOException | RuntimeException e) {
            return Guard.corrupt(WHAT, null, e);
        }
    }

    static ReadException encrypted() {
        return new ReadException("encrypted", "文件已加密（设置了打开密码），无法读取。请在 Word 中取消密码"
                + "（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码），另存为未加密文件后再检查。");
    }

    /** Walks the body in document order and feeds the builder. */
    static final class Walker {
        private final WordNumbering numbering;
        private final FlatDocumentBuilder out;
        private int paragraphs;
        private int tables;
        private boolean seenText;

        Walker(XWPFDocument doc, FlatDocumentBuilder out) {
            this.numbering = new WordNumbering(doc);
            this.out = out;
        }

        /** Paragraphs and tables of a body, a content control or a text box. */
        void body(Element container, boolean inTextBox) {
            for (Element e : Dom.children(container)) {
                if (Dom.isW(e, "p")) {
                    paragraph(e, inTextBox);
                } else if (Dom.isW(e, "tbl")) {
                    table(e);
                } else if (Dom.isW(e, "sdt")) {
                    body(Dom.child(e, "sdtContent"), inTextBox);
                } else if (Dom.isW(e, "customXml") || Dom.isW(e, "ins") || Dom.isW(e, "moveTo")) {
                    body(e, inTextBox);
                } else if (Dom.is(e, Dom.MC, "AlternateContent")) {
                    body(Dom.alternative(e), inTextBox);
                }
            }
        }

        private void paragraph(Element p, boolean inTextBox) {
            List<Element> boxes = new ArrayList<>();
            String text = paragraphText(p, boxes);
            if (!FlatDocumentBuilder.clean(text).isEmpty()) {
                String locator;
                if (inTextBox) {
                    locator = "第" + Math.max(paragraphs, 1) + "段处的文本框";
                } else {
                    paragraphs++;
                    locator = "第" + paragraphs + "段";
                }
                // the first paragraph is the report's title, whatever its style
                boolean heading = seenText && numbering.isHeading(p);
                seenText = true;
                out.paragraph(text, locator, heading);
            }
            for (Element box : boxes) {
                body(box, true);
            }
        }

        /** The visible text of a paragraph, its number label first; text boxes found on the way are collected. */
        String paragraphText(Element p, List<Element> boxes) {
            StringBuilder sb = new StringBuilder();
            inline(p, sb, boxes);
            String label = numbering.label(p);
            return label.isEmpty() ? sb.toString() : label + sb;
        }

        private void inline(Element parent, StringBuilder sb, List<Element> boxes) {
            for (Element e : Dom.children(parent)) {
                if (Dom.W.equals(e.getNamespaceURI())) {
                    switch (e.getLocalName()) {
                        case "r" -> run(e, sb, boxes);
                        case "hyperlink", "smartTag", "customXml", "fldSimple", "ins", "moveTo", "dir", "bdo" ->
                                inline(e, sb, boxes);
                        case "sdt" -> inline(Dom.child(e, "sdtContent"), sb, boxes);
                        default -> {
                            // pPr, del, moveFrom, bookmarks, proofing marks: nothing visible
                        }
                    }
                } else if (Dom.is(e, Dom.MC, "AlternateContent")) {
                    Element alt = Dom.alternative(e);
                    if (alt != null) {
                        inline(alt, sb, boxes);
                    }
                } else if (Dom.MATH.equals(e.getNamespaceURI())) {
                    math(e, sb);
                }
            }
        }

        private void run(Element r, StringBuilder sb, List<Element> boxes) {
            Element rPr = Dom.child(r, "rPr");
            if (rPr != null && (Dom.isOn(Dom.child(rPr, "vanish")) || Dom.isOn(Dom.child(rPr, "webHidden")))) {
                return;
            }
            runContent(r, sb, boxes);
        }

        private void runContent(Element r, StringBuilder sb, List<Element> boxes) {
            for (Element e : Dom.children(r)) {
                if (Dom.W.equals(e.getNamespaceURI())) {
                    switch (e.getLocalName()) {
                        case "t" -> sb.append(Dom.text(e));
                        case "tab", "ptab" -> sb.append('\t');
                        case "br" -> {
                            String type = Dom.attr(e, "type");
                            if (type == null || type.equals("textWrapping")) {
                                sb.append('\n');
                            }
                        }
                        case "cr" -> sb.append('\n');
                        case "noBreakHyphen" -> sb.append('-');
                        case "sym" -> {
                            String ch = Dom.attr(e, "char");
                            if (ch != null) {
                                try {
                                    int cp = Integer.parseInt(ch, 16);
                                    if (cp < 0xE000 || cp > 0xF8FF) {
                                        sb.appendCodePoint(cp);
                                    }
                                } catch (IllegalArgumentException ignored) {
                                    // a malformed symbol shows nothing
                                }
                            }
                        }
                        case "drawing", "pict", "object" -> textBoxes(e, boxes);
                        default -> {
                            // instrText (field codes), delText, fldChar, footnote references, ...
                        }
                    }
                } else if (Dom.is(e, Dom.MC, "AlternateContent")) {
                    Element alt = Dom.alternative(e);
                    if (alt != null) {
                        runContent(alt, sb, boxes);
                    }
                }
            }
        }

        /** The w:txbxContent of text boxes and shapes under a drawing (the first alternative only). */
        private static void textBoxes(Element e, List<Element> boxes) {
            if (Dom.isW(e, "txbxContent")) {
                boxes.add(e);
                return;
            }
            if (Dom.is(e, Dom.MC, "AlternateContent")) {
                Element alt = Dom.alternative(e);
                if (alt != null) {
                    textBoxes(alt, boxes);
                }
                return;
            }
            for (Element c : Dom.children(e)) {
                textBoxes(c, boxes);
            }
        }

        private static void math(Element e, StringBuilder sb) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    if (Dom.is(c, Dom.MATH, "t")) {
                        sb.append(Dom.text(c));
                    } else {
                        math(c, sb);
                    }
                }
            }
        }

        private void table(Element tbl) {
            tables++;
            String name = "表" + tables;
            List<FlatDocumentBuilder.SourceRow> rows = new ArrayList<>();
            int rowNo = 0;
            String stacked = null; // a cell of two figures in paragraphs of their own
            for (Element tr : rowsOf(tbl)) {
                rowNo++;
                List<String> cells = new ArrayList<>();
                for (Element tc : cellsOf(tr)) {
                    Element tcPr = Dom.child(tc, "tcPr");
                    Element hMerge = Dom.child(tcPr, "hMerge");
                    if (hMerge != null && !"restart".equals(Dom.val(hMerge))) {
                        continue; // legacy horizontal merge: the merged cell was written once already
                    }
                    Element vMerge = Dom.child(tcPr, "vMerge");
                    if (vMerge != null && !"restart".equals(Dom.val(vMerge))) {
                        cells.add(""); // covered by the cell above: one empty cell, as in the flattened text
                        continue;
                    }
                    String raw = cellLines(tc);
                    if (stacked == null) {
                        stacked = FlatDocumentBuilder.stackedFigures(raw, "第" + rowNo + "行");
                    }
                    cells.add(raw.replace("\n", ""));
                }
                rows.add(new FlatDocumentBuilder.SourceRow(cells, name + " 第" + rowNo + "行"));
            }
            out.table(rows, name, stacked);
        }

        /**
         * A cell's paragraphs and line breaks, a line each (joined, they are the cell's one line in the
         * flattened text), nested tables included.
         */
        private String cellLines(Element tc) {
            StringBuilder sb = new StringBuilder();
            cellContent(tc, sb);
            return sb.toString();
        }

        private void cellContent(Element container, StringBuilder sb) {
            for (Element e : Dom.children(container)) {
                if (Dom.isW(e, "p")) {
                    List<Element> boxes = new ArrayList<>();
                    if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                    sb.append(paragraphText(e, boxes));
                    for (Element box : boxes) {
                        cellContent(box, sb);
                    }
                } else if (Dom.isW(e, "tbl")) {
                    for (Element tr : rowsOf(e)) {
                        for (Element tc : cellsOf(tr)) {
                            if (!sb.isEmpty()) {
                                sb.append(' ');
                            }
                            cellContent(tc, sb);
                        }
                    }
                } else if (Dom.isW(e, "sdt")) {
                    cellContent(Dom.child(e, "sdtContent"), sb);
                } else if (Dom.isW(e, "customXml")) {
                    cellContent(e, sb);
                } else if (Dom.is(e, Dom.MC, "AlternateContent")) {
                    Element alt = Dom.alternative(e);
                    if (alt != null) {
                        cellContent(alt, sb);
                    }
                }
            }
        }

        private static List<Element> rowsOf(Element tbl) {
            List<Element> rows = new ArrayList<>();
            collect(tbl, "tr", rows);
            return rows;
        }

        private static List<Element> cellsOf(Element tr) {
            List<Element> cells = new ArrayList<>();
            collect(tr, "tc", cells);
            return cells;
        }

        /** Children named {@code local}, looking through content controls and custom XML wrappers. */
        private static void collect(Element parent, String local, List<Element> out) {
            for (Element e : Dom.children(parent)) {
                if (Dom.isW(e, local)) {
                    out.add(e);
                } else if (Dom.isW(e, "sdt")) {
                    collect(Dom.child(e, "sdtContent"), local, out);
                } else if (Dom.isW(e, "customXml")) {
                    collect(e, local, out);
                } else if (Dom.is(e, Dom.MC, "AlternateContent")) {
                    Element alt = Dom.alternative(e);
                    if (alt != null) {
                        collect(alt, local, out);
                    }
                }
            }
        }
    }
}
