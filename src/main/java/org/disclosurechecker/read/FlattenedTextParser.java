package org.disclosurechecker.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.disclosurechecker.model.Block;
import org.disclosurechecker.model.Cell;
import org.disclosurechecker.model.Location;
import org.disclosurechecker.model.Paragraph;
import org.disclosurechecker.model.Row;
import org.disclosurechecker.model.Table;

/**
 * Rebuilds paragraphs and tables from plain text as drafts are flattened when copied out of Word or a
 * web page: each table cell on its own line, introduced by a tab; rows separated by a blank line; a
 * cell that wrapped continues on the next line without a tab. Lines holding several tab-separated
 * values ("label\tunit\tvalue") are read as one row each.
 *
 * <p>Things real drafts do that this handles: a wrapped cell split across a blank line (an open
 * bracket not yet closed), a lost row separator (two rows run together: split where a label starts
 * after a value), a lone tab line in the running text (ignored).
 *
 * <p>The other common flattening, a table copied out of a web page or a spreadsheet, puts one row per
 * line with the cells separated by tabs; a leading tab there is an empty first cell (the continuation
 * of a vertically merged label). Such "row lines" have at least two tab-separated parts and are read
 * as one row each.
 */
public final class FlattenedTextParser {

    private static final Pattern CELL_LINE = Pattern.compile("^ *\t.*");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "^[+-]?\\d[\\d,]*(\\.\\d+)?\\s*(万元|元|%|条|件|个|人次|人|次|篇|项|期)?$");
    private static final Pattern UNIT_LIKE = Pattern.compile("^(条|件|个|人|人次|次|篇|项|期|万元|元|—+|-+|/)$");

    private final List<String> lines;

    private FlattenedTextParser(List<String> lines) {
        this.lines = lines;
    }

    /** Parses normalised lines (index 0 = line 1) into blocks. */
    public static List<Block> parse(List<String> lines) {
        return new FlattenedTextParser(lines).parseAll();
    }

    private List<Block> parseAll() {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        int n = lines.size();
        while (i < n) {
            String line = lines.get(i);
            if (isRowLine(line)) {
                int start = i;
                if (i > 0 && isCaptionLine(lines.get(i - 1)) && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1) instanceof Paragraph p && p.location().line() == i) {
                    blocks.remove(blocks.size() - 1); // "第二十条第（一）项" right above its rows: a merged title row
                    start = i - 1;
                }
                i = parseTsvTable(start, blocks);
            } else if (isCellLine(line)) {
                i = parseCellTable(i, blocks);
            } else if (spacedTableEnd(i) > i) {
                i = parseSpacedTable(i, blocks);
            } else if (line.isBlank()) {
                i++;
            } else {
                blocks.add(new Paragraph(line.strip(), Location.ofLine(i + 1)));
                i++;
            }
        }
        return blocks;
    }

    static boolean isCellLine(String line) {
        return CELL_LINE.matcher(line).matches();
    }

    /** One whole table row on a line: a labelled tab-separated line, or two or more cells after a leading tab. */
    static boolean isRowLine(String line) {
        if (isTsvLine(line)) {
            return true;
        }
        if (!isCellLine(line)) {
            return false;
        }
        String content = line.substring(line.indexOf('\t') + 1);
        return content.indexOf('\t') >= 0 && !content.isBlank();
    }

    private static final Pattern HEADING_START = Pattern.compile("^\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])");

    /**
     * A short label on its own line between row lines: a title cell merged across the whole row
     * ("第二十条第（五）项"), which a row-per-line copy writes without any tab. Not a sentence, not a heading.
     */
    static boolean isCaptionLine(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= 24 && line.indexOf('\t') < 0 && !HEADING_START.matcher(t).find()
                && t.chars().noneMatch(c -> c == '。' || c == '，' || c == '；' || c == '：' || c == ':');
    }

    /**
     * A row whose value cells are all empty ("四、结转下年度继续办理" followed by tabs only): a report that
     * leaves its cells blank copies such rows this way. Only a continuation of a table already started,
     * never the start of one, so that a stray tab after a sentence stays text.
     */
    private static boolean isEmptyRowLine(String line) {
        int tab = line.indexOf('\t');
        return tab > 0 && !line.substring(0, tab).isBlank() && line.substring(tab + 1).isBlank();
    }

    private static boolean isTsvLine(String line) {
        int tab = line.indexOf('\t');
        return tab > 0 && !line.substring(0, tab).isBlank() && !line.substring(tab + 1).isBlank();
    }

    private boolean isText(int i) {
        return i < lines.size() && !lines.get(i).isBlank() && !isCellLine(lines.get(i));
    }

    /** Index of the first line after a run of text lines starting at {@code i}. */
    private int textRunEnd(int i) {
        int j = i;
        while (isText(j)) {
            j++;
        }
        return j;
    }

    private int parseCellTable(int start, List<Block> out) {
        List<MutableRow> rows = new ArrayList<>();
        MutableRow row = new MutableRow();
        MutableCell last = null;
        int n = lines.size();
        int j = start;
        int end = start;
        while (j < n) {
            String line = lines.get(j);
            if (isCellLine(line)) {
                String content = line.substring(line.indexOf('\t') + 1);
                for (String part : content.split("\t", -1)) {
                    last = new MutableCell(part.strip(), j + 1);
                    row.cells.add(last);
                }
                end = j;
                j++;
                continue;
            }
            if (line.isBlank()) {
                int k = j;
                while (k < n && lines.get(k).isBlank() && !isCellLine(lines.get(k))) {
                    k++;
                }
                if (k < n && isCellLine(lines.get(k))) {
                    if (!row.cells.isEmpty()) {
                        rows.add(row);
                        row = new MutableRow();
                    }
                    j = k;
                    continue;
                }
                // A wrapped cell split by a blank line: "…（不包括用于政府公报编辑管理及" / "" / "政府网站…经费）"
                if (k == j + 1 && last != null && hasOpenBracket(last.text) && isText(k)) {
                    int runEnd = textRunEnd(k);
                    if (runEnd < n && isCellLine(lines.get(runEnd))) {
                        for (int t = k; t < runEnd; t++) {
                            last.append(lines.get(t).strip());
                        }
                        end = runEnd - 1;
                        j = runEnd;
                        continue;
                    }
                }
                break;
            }
            // text right after a cell line: a wrapped cell if the table goes on right after it
            int runEnd = textRunEnd(j);
            if (last != null && runEnd < n && isCellLine(lines.get(runEnd))) {
                for (int t = j; t < runEnd; t++) {
                    last.append(lines.get(t).strip());
                }
                end = runEnd - 1;
                j = runEnd;
                continue;
            }
            break;
        }
        if (!row.cells.isEmpty()) {
            rows.add(row);
        }
        emitTable(rows, start, end, out);
        return end + 1;
    }

    private static final Pattern SPACES = Pattern.compile("[ \u3000]+");
    private static final int MAX_HEADER_LINES = 6;
    /** Lines of a header in vertical text (table 四's 结/果/维/持 columns one character per line) over its figures. */
    private static final int MAX_STACKED_LINES = 12;
    private static final Pattern STACKED_TOKEN = Pattern.compile("\\p{IsHan}{1,2}");

    /**
     * A header line of a table whose column labels are set in vertical text, as copied out of a PDF: each
     * column's label gives a character or two per line, so the line is a run of single characters ("结 结 其 尚",
     * "总计 果 果 他 未 总"), at least four of them.
     */
    private static boolean isStackedLine(String line) {
        String[] tokens = SPACES.split(line.strip());
        return tokens.length >= 4 && Stream.of(tokens).allMatch(t -> STACKED_TOKEN.matcher(t).matches());
    }
    private static final Pattern NO_VALUE = Pattern.compile("[—–\\-]+|/");

    /** Cells of a line whose cells are separated by spaces, or null when it is not such a row. */
    static List<String> spacedCells(String line) {
        if (line.indexOf('\t') >= 0 || line.isBlank() || line.length() > 200) {
            return null;
        }
        String[] tokens = SPACES.split(line.strip());
        int numbers = 0;
        for (int k = tokens.length - 1; k >= 0 && (NUMBER_LIKE.matcher(tokens[k]).matches()
                || NO_VALUE.matcher(tokens[k]).matches()); k--) {
            numbers++; // "——" stands in an empty value cell ("三、依申请公开情况 ——")
        }
        boolean labelled = numbers >= 1 && numbers < tokens.length
                && line.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && !line.contains("。") && (numbers >= 3 || !line.contains("，"));
        boolean figuresOnly = numbers == tokens.length && numbers >= 3
                && Stream.of(tokens).allMatch(t -> NUMBER_LIKE.matcher(t).matches());
        return labelled || figuresOnly ? List.of(tokens) : null;
    }

    /** A short label line inside a space-separated table: a caption or a header row. */
    private static boolean isSpacedLabelLine(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= 60 && line.indexOf('\t') < 0 && !HEADING_START.matcher(t).find()
                && t.chars().noneMatch(c -> c == '。' || c == '，' || c == '；')
                && t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * End (exclusive) of a table copied with its cells separated by spaces (out of a PDF, say) that
     * starts at {@code i}: consecutive lines of such rows and short label lines, with at least two rows
     * of figures; {@code i} when there is none.
     */
    private int spacedTableEnd(int i) {
        int j = i;
        int rows = 0;
        int labels = 0;
        boolean figuresOnly = false;
        int lastRow = -1;
        int headerLines = 0;
        int stackedLines = 0;
        while (j < lines.size()) {
            String line = lines.get(j);
            List<String> cells = spacedCells(line);
            if (cells != null) {
                if (cells.stream().anyMatch(c -> NUMBER_LIKE.matcher(c).matches())) {
                    rows++;
                }
                lastRow = j;
                headerLines = 0;
                stackedLines = 0;
                figuresOnly |= cells.stream().allMatch(c -> NUMBER_LIKE.matcher(c).matches());
            } else if (isSpacedLabelLine(line) && isStackedLine(line) && ++stackedLines <= MAX_STACKED_LINES) {
                labels++; // a header set in vertical text: a character or two of each column per line
            } else if (isSpacedLabelLine(line) && ++headerLines <= MAX_HEADER_LINES) {
                labels++; // captions and header rows: a few at a time (this also keeps the scan linear)
            } else {
                break;
            }
            j++;
        }
        // two rows of figures, or header lines over one row of figures only (table 四: 15 numbers)
        boolean table = rows >= 2 || (rows == 1 && figuresOnly && labels >= 1);
        return table ? lastRow + 1 : i;
    }

    private int parseSpacedTable(int start, List<Block> out) {
        int end = spacedTableEnd(start);
        List<MutableRow> rows = new ArrayList<>();
        for (int j = start; j < end; j++) {
            MutableRow row = new MutableRow();
            List<String> cells = spacedCells(lines.get(j));
            for (String c : cells != null ? cells : List.of(SPACES.split(lines.get(j).strip()))) {
                row.cells.add(new MutableCell(c, j + 1));
            }
            rows.add(row);
        }
        emitTable(rows, start, end - 1, out);
        return end;
    }

    private int parseTsvTable(int start, List<Block> out) {
        List<MutableRow> rows = new ArrayList<>();
        int j = start;
        while (j < lines.size() && (isRowLine(lines.get(j))
                || (j > start && isEmptyRowLine(lines.get(j)))
                || (isCaptionLine(lines.get(j)) && j + 1 < lines.size() && isRowLine(lines.get(j + 1))))) {
            MutableRow row = new MutableRow();
            // a leading tab is an empty first cell: split the whole line
            for (String part : lines.get(j).split("\t", -1)) {
                row.cells.add(new MutableCell(part.strip(), j + 1));
            }
            rows.add(row);
            j++;
        }
        emitTable(rows, start, j - 1, out);
        return j;
    }

    private void emitTable(List<MutableRow> rows, int start, int end, List<Block> out) {
        List<MutableRow> split = splitRunTogetherRows(rows);
        List<Row> built = new ArrayList<>();
        int nonEmptyCells = 0;
        MutableCell onlyCell = null;
        for (MutableRow r : split) {
            List<Cell> cells = new ArrayList<>();
            for (MutableCell c : r.cells) {
                cells.add(new Cell(c.text, Location.ofLine(c.line)));
                if (!c.text.isEmpty()) {
                    nonEmptyCells++;
                    onlyCell = c;
                }
            }
            built.add(new Row(cells, Location.ofLine(r.cells.get(0).line)));
        }
        if (nonEmptyCells == 0) {
            return; // a stray tab line in running text
        }
        if (nonEmptyCells == 1 && built.size() == 1) {
            out.add(new Paragraph(onlyCell.text, Location.ofLine(onlyCell.line)));
            return;
        }
        out.add(new Table(built, Location.ofLine(start + 1), end + 1));
    }

    /**
     * When a row separator was lost, two rows run together ("4.其他类型答复数 条 0 接受行政申诉、举报数 件 0 0").
     * Rows wider than the table's usual width are split where a label follows a value.
     */
    private static List<MutableRow> splitRunTogetherRows(List<MutableRow> rows) {
        Map<Integer, Integer> widths = new HashMap<>();
        for (MutableRow r : rows) {
            if (r.cells.size() >= 2) {
                widths.merge(r.cells.size(), 1, Integer::sum);
            }
        }
        int usual = widths.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(a.getKey(), b.getKey()) : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(0);
        if (usual < 2) {
            return rows;
        }
        List<MutableRow> out = new ArrayList<>();
        for (MutableRow r : rows) {
            MutableRow rest = r;
            while (rest.cells.size() > usual) {
                int at = splitPoint(rest, usual);
                if (at < 0) {
                    break;
                }
                MutableRow head = new MutableRow();
                head.cells.addAll(rest.cells.subList(0, at));
                MutableRow tail = new MutableRow();
                tail.cells.addAll(rest.cells.subList(at, rest.cells.size()));
                out.add(head);
                rest = tail;
            }
            out.add(rest);
        }
        return out;
    }

    private static int splitPoint(MutableRow row, int usual) {
        boolean sawValue = false;
        for (int i = 1; i < row.cells.size(); i++) {
            String t = row.cells.get(i).text;
            if (sawValue && isLabelLike(t) && row.cells.size() - i <= usual) {
                return i;
            }
            if (NUMBER_LIKE.matcher(t).matches()) {
                sawValue = true;
            }
        }
        return -1;
    }

    private static boolean isLabelLike(String t) {
        if (t.length() < 2 || UNIT_LIKE.matcher(t).matches() || NUMBER_LIKE.matcher(t).matches()) {
            return false;
        }
        return t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean hasOpenBracket(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(' || c == '《' || c == '【' || c == '〔') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '》' || c == '】' || c == '〕') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static final class MutableRow {
        final List<MutableCell> cells = new ArrayList<>();
    }

    private static final class MutableCell {
        String text;
        final int line;

        MutableCell(String text, int line) {
            this.text = text;
            this.line = line;
        }

        void append(String more) {
            text = text + more;
        }
    }
}
