package org.disclosurechecker.config;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The units that must report (the supervisor's list), read from a CSV file: one unit a line,
 * {@code 名称[,类型[,文件]]}. Kind is 政府/部门/乡镇/街道 (or government/department/township/
 * subdistrict), empty = inferred from the name; 文件 is a glob over report paths as printed that
 * belong to the unit whatever their title says. A first line naming the columns (名称/单位/name) is a
 * header; blank lines and lines starting with {@code #} are ignored. UTF-8 (with or without BOM), or
 * GB18030 as Excel saves it on a Chinese Windows machine. Fields may be double-quoted.
 *
 * @param file  the list as given
 * @param units in file order
 */
public record UnitList(Path file, List<Unit> units) {

    /**
     * @param name  the unit's name as the supervisor writes it
     * @param kind  government/department/township/subdistrict, or null to infer from the name
     * @param files glob over report paths, or null
     * @param line  line in the list file
     */
    public record Unit(String name, String kind, String files, int line) {
    }

    public UnitList {
        units = List.copyOf(units);
    }

    public static UnitList load(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("应报单位名单不存在：" + file);
        }
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException("无法读取应报单位名单 " + file + "：" + e.getMessage(), e);
        }
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(raw, file, i + 1);
            String name = cells.get(0).replaceAll("\\s+", "");
            if (first && (name.equals("名称") || name.equals("单位") || name.equals("单位名称")
                    || name.equalsIgnoreCase("name"))) {
                first = false;
                continue;
            }
            first = false;
            if (name.isEmpty()) {
                throw new ConfigException("应报单位名单 " + file + " 第" + (i + 1) + "行缺少单位名称");
            }
            if (!seen.add(name)) {
                throw new ConfigException("应报单位名单 " + file + " 第" + (i + 1) + "行的单位“" + name + "”重复列出");
            }
            String kind = cells.size() > 1 ? kind(cells.get(1).strip(), file, i + 1) : null;
            String files = cells.size() > 2 && !cells.get(2).isBlank() ? cells.get(2).strip() : null;
            if (cells.size() > 3 && cells.subList(3, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                throw new ConfigException("应报单位名单 " + file + " 第" + (i + 1) + "行多于三列（名称,类型,文件）");
            }
            units.add(new Unit(name, kind, files, i + 1));
        }
        if (units.isEmpty()) {
            throw new ConfigException("应报单位名单 " + file + " 中没有单位");
        }
        return new UnitList(file, units);
    }

    private static String kind(String k, Path file, int line) throws ConfigException {
        if (k.isEmpty()) {
            return null;
        }
        return switch (k.toLowerCase(Locale.ROOT)) {
            case "政府", "人民政府", "government" -> "government";
            case "部门", "政府部门", "department" -> "department";
            case "乡镇", "乡镇人民政府", "township" -> "township";
            case "街道", "街道办事处", "subdistrict" -> "subdistrict";
            default -> throw new ConfigException("应报单位名单 " + file + " 第" + line + "行的类型“" + k
                    + "”无法识别，可用：政府、部门、乡镇、街道");
        };
    }

    /** Comma-separated (also full-width ，and tab) cells; a cell may be double-quoted ("" inside = "). */
    private static List<String> cells(String line, Path file, int n) throws ConfigException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                cur.setLength(0);
            } else if (c == ',' || c == '，' || c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new ConfigException("应报单位名单 " + file + " 第" + n + "行的引号未闭合");
        }
        out.add(cur.toString());
        return out;
    }

    private static String decode(byte[] bytes) throws ConfigException {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return strict(bytes, off, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            try {
                return strict(bytes, 0, Charset.forName("GB18030"));
            } catch (CharacterCodingException e2) {
                throw new ConfigException("应报单位名单既不是 UTF-8 也不是 GB18030 编码");
            }
        }
    }

    private static String strict(byte[] bytes, int off, Charset cs) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
    }
}
