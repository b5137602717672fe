package org.disclosurechecker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import org.disclosurechecker.model.Document;
import org.disclosurechecker.model.SourceFormat;

/**
 * Reads Word 97-2003 (.doc) drafts with POI HWPF: the main text's paragraphs and tables (headers,
 * footers and notes are separate stories and stay out), automatic list numbers resolved, field codes
 * dropped and their results kept, deleted and hidden text left out, text boxes at the end. A cell
 * covered by a vertical merge is one empty cell; a cell merged horizontally in the old style once.
 */
public final class DocReader implements DocumentReader {

    static final String WHAT = "Word 97-2003 文档（.doc）";

    /** Word's number format codes (MS-DOC nfc, the order of ST_NumberFormat) as ECMA-376 names. */
    private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
        "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand", "koreanDigital"};

    @Override
    public Set<String> extensions() {
        return Set.of("doc");
    }

    @Override
    public Document read(Path file, String displayPath, ReadOptions options) throws ReadException {
        FileBytes.checkSize(file, options);
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.ZIP) {
            throw new ReadException("wrong-format", "文件扩展名是 .doc，但内容是 Word 2007 及以后的 .docx 文档（或其他 ZIP 压缩包）。"
                    + "请把扩展名改为 .docx 后再检查。");
        }
        if (kind != FileKind.OLE2) {
            throw kind.mismatch("doc", WHAT);
        }
        return Guard.read(WHAT, () -> {
            try (InputStream in = Files.newInputStream(file); POIFSFileSystem fs = new POIFSFileSystem(in)) {
                DirectoryNode root = fs.getRoot();
                if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                    throw DocxReader.encrypted();
                }
                if (!root.hasEntry("WordDocument")) {
                    throw DocxReader.ole2(file, "doc");
                }
                HWPFDocument doc;
                try {
                    doc = new HWPFDocument(root);
                } catch (EncryptedDocumentException e) {
                    throw DocxReader.encrypted();
                } catch (OldWordFileFormatException e) {
                    throw new ReadException("wrong-format", "文件是 Word 6.0/95 等早期格式，无法读取。请在 Word 中另存为 .docx 后再检查。", e);
                }
                FlatDocumentBuilder out = new FlatDocumentBuilder();
                new Walker(out).read(doc);
                return out.build(displayPath, SourceFormat.DOC, "UTF-16LE", List.of(), Map.of());
            } catch (IOException e) {
                if (e.getCause() instanceof EncryptedDocumentException
                        || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("encrypt")) {
                    throw DocxReader.encrypted();
                }
                throw e;
            }
        });
    }

    static final class Walker {
        private final FlatDocumentBuilder out;
        private final Map<Integer, int[]> counters = new HashMap<>();
        private final Map<Integer, boolean[]> started = new HashMap<>();
        private int paragraphs;
        private int tables;
        private boolean seenText;

        Walker(FlatDocumentBuilder out) {
            this.out = out;
        }

        void read(HWPFDocument doc) {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            int i = 0;
            while (i < n) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t;
                    try {
                        t = range.getTable(p);
                    } catch (IllegalArgumentException e) {
                        t = null;
                    }
                    if (t != null && t.numParagraphs() > 0) {
                        table(t);
                        i += t.numParagraphs();
                        continue;
                    }
                }
                paragraph(p, "第%d段");
                i++;
            }
            Range boxes = doc.getMainTextboxRange();
            if (boxes != null) {
                for (int k = 0; k < boxes.numParagraphs(); k++) {
                    paragraph(boxes.getParagraph(k), "文本框");
                }
            }
        }

        private void paragraph(Paragraph p, String locatorPattern) {
            String text = paragraphText(p);
            if (FlatDocumentBuilder.clean(text).isEmpty()) {
                return;
            }
            String locator = locatorPattern;
            if (locatorPattern.contains("%d")) {
                paragraphs++;
                locator = String.format(locatorPattern, paragraphs);
            }
            boolean heading = seenText && p.getLvl() >= 0 && p.getLvl() < 9;
            seenText = true;
            out.paragraph(text, locator, heading);
        }

        /** Visible text: list number first, deleted and hidden runs and field codes left out. */
        String paragraphText(Paragraph p) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                CharacterRun run = p.getCharacterRun(r);
                if (run.isMarkedDeleted() || run.isVanished()) {
                    continue;
                }
                sb.append(run.text());
            }
            String text = visible(Range.stripFields(sb.toString()));
            String label = label(p);
            return label.isEmpty() ? text : label + text;
        }

        /** Word's control characters: line breaks become new lines, marks and anchors disappear. */
        static String visible(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\u000b' -> sb.append('\n');
                    case '\u001e' -> sb.append('-');
                    case '\t' -> sb.append('\t');
                    case '\r', '\u0007', '\u000c', '\u001f' -> {
                    }
                    default -> {
                        if (c >= ' ' && !(c >= '\uF000' && c <= '\uF0FF')) {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.toString();
        }

        private String label(Paragraph p) {
            if (!p.isInList()) {
                return "";
            }
            HWPFList list;
            try {
                list = p.getList();
            } catch (RuntimeException e) {
                return "";
            }
            if (list == null) {
                return "";
            }
            int ilvl = Math.max(0, Math.min(8, p.getIlvl()));
            int id = list.getLsid();
            int[] c = counters.computeIfAbsent(id, k -> new int[9]);
            boolean[] st = started.computeIfAbsent(id, k -> new boolean[9]);
            String[] formats = new String[9];
            for (int l = 0; l < 9; l++) {
                formats[l] = format(list, l);
                if (l < ilvl && !st[l]) {
                    c[l] = startAt(list, l);
                }
            }
            if (!st[ilvl]) {
                c[ilvl] = startAt(list, ilvl);
                st[ilvl] = true;
            } else {
                c[ilvl]++;
            }
            for (int l = ilvl + 1; l < 9; l++) {
                st[l] = false;
            }
            if ("bullet".equals(formats[ilvl]) || "none".equals(formats[ilvl])) {
                return "";
            }
            String template;
            try {
                template = list.getNumberText((char) ilvl);
            } catch (RuntimeException e) {
                return "";
            }
            if (template == null) {
                return "";
            }
            // the level placeholders are the characters \u0000..\u0008: make them %1..%9
            StringBuilder lvlText = new StringBuilder();
            for (char ch : template.toCharArray()) {
                if (ch < 9) {
                    lvlText.append('%').append((char) ('1' + ch));
                } else {
                    lvlText.append(ch);
                }
            }
            String label = ListNumbers.expand(lvlText.toString(), c, formats, ilvl, false);
            if (label == null || label.isBlank()) {
                return "";
            }
            byte follow;
            try {
                follow = list.getTypeOfCharFollowingTheNumber((char) ilvl);
            } catch (RuntimeException e) {
                follow = 0;
            }
            return label + ListNumbers.separator(label, follow == 1 ? "space" : follow == 2 ? "nothing" : "tab");
        }

        private static String format(HWPFList list, int level) {
            try {
                int nfc = list.getNumberFormat((char) level);
                if (nfc == 255) {
                    return "none";
                }
                return nfc >= 0 && nfc < NFC.length ? NFC[nfc] : "decimal";
            } catch (RuntimeException e) {
                return "decimal";
            }
        }

        private static int startAt(HWPFList list, int level) {
            try {
                return list.getStartAt((char) level);
            } catch (RuntimeException e) {
                return 1;
            }
        }

        private void table(Table t) {
            tables++;
            String name = "表" + tables;
            List<FlatDocumentBuilder.SourceRow> rows = new ArrayList<>();
            for (int r = 0; r < t.numRows(); r++) {
                TableRow row = t.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    if (cell.isMerged() && !cell.isFirstMerged()) {
                        continue; // old-style horizontal merge: written once already
                    }
                    if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                        cells.add("");
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < cell.numParagraphs(); k++) {
                        sb.append(paragraphText(cell.getParagraph(k)).replace("\n", ""));
                    }
                    cells.add(sb.toString());
                }
                rows.add(new FlatDocumentBuilder.SourceRow(cells, name + " 第" + (r + 1) + "行"));
            }
            out.table(rows, name);
        }
    }
}
