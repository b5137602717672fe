package org.disclosurechecker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file really is, from its first bytes, whatever its extension says: readers use it to refuse
 * a file whose content does not match its extension with a message that says what it is.
 */
enum FileKind {
    EMPTY("空文件"),
    ZIP("ZIP 压缩包（.docx 等 Office 文档也是这种格式）"),
    OLE2("Office 97-2003 二进制文档（.doc/.xls 或加密的 Office 文档）"),
    PDF("PDF 文件"),
    RTF("RTF 文档"),
    HTML("网页（HTML）"),
    IMAGE("图片"),
    OTHER_BINARY("二进制文件"),
    TEXT("纯文本");

    final String chinese;

    FileKind(String chinese) {
        this.chinese = chinese;
    }

    static FileKind of(Path file) throws ReadException {
        byte[] head = new byte[2048];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            throw new ReadException("io", "无法读取文件：" + e.getMessage(), e);
        }
        return of(head, n);
    }

    static FileKind of(byte[] b, int n) {
        if (n == 0) {
            return EMPTY;
        }
        if (starts(b, n, 0x50, 0x4B, 0x03, 0x04) || starts(b, n, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        int skip = 0;
        while (skip < n && skip < 1024 && (b[skip] == ' ' || b[skip] == '\r' || b[skip] == '\n' || b[skip] == '\t')) {
            skip++;
        }
        if (find(b, Math.min(n, 1024), "%PDF-") >= 0) {
            return PDF;
        }
        if (starts(b, n, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G') || starts(b, n, 0xFF, 0xD8, 0xFF) || starts(b, n, 'G', 'I', 'F', '8')
                || starts(b, n, 'B', 'M') && n > 14 && b[6] == 0 && b[7] == 0 || starts(b, n, 'I', 'I', 0x2A, 0)
                || starts(b, n, 'M', 'M', 0, 0x2A)) {
            return IMAGE;
        }
        String lower = new String(b, skip, Math.min(n - skip, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("\u00ef\u00bb\u00bf")) {
            lower = lower.substring(3);
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")
                || lower.contains("<body") || lower.contains("<head") || lower.contains("<meta ")) {
            return HTML;
        }
        if (TextDecoder.looksBinary(java.util.Arrays.copyOf(b, n)) && !starts(b, n, 0xFF, 0xFE)
                && !starts(b, n, 0xFE, 0xFF)) {
            return OTHER_BINARY;
        }
        return TEXT;
    }

    private static boolean starts(byte[] b, int n, int... prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int find(byte[] b, int n, String ascii) {
        outer:
        for (int i = 0; i + ascii.length() <= n; i++) {
            for (int k = 0; k < ascii.length(); k++) {
                if (b[i + k] != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The message for a file whose content is not what its extension says.
     *
     * @param ext      the extension, e.g. "docx"
     * @param expected what a file with that extension should be, e.g. "Word 文档"
     */
    ReadException mismatch(String ext, String expected) {
        String advice = switch (this) {
            case PDF -> "请把扩展名改为 .pdf";
            case HTML -> "请把扩展名改为 .html";
            case TEXT -> "请把扩展名改为 .txt";
            case RTF -> "请在 Word 中打开后另存为 .docx";
            case OLE2 -> "如果是 Word 97-2003 文档，请把扩展名改为 .doc 或另存为 .docx";
            case ZIP -> "如果是 Word 文档，请把扩展名改为 .docx";
            default -> "请确认选择了正确的文件";
        };
        if (this == EMPTY) {
            return new ReadException("empty", "文件为空（0 字节），没有可检查的内容。");
        }
        return new ReadException("wrong-format", "文件扩展名是 ." + ext + "，但内容不是 " + expected + "，而是" + chinese
                + "。" + advice + " 后再检查。");
    }
}
