package org.disclosurechecker.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text draft: a BOM decides (UTF-8, UTF-16LE/BE); otherwise strict
 * UTF-8, else GB18030 (which covers GBK and GB2312). Binary content is refused.
 */
public final class TextDecoder {

    /** The decoded text and the charset that decoded it. {@code fallback} is true when UTF-8 failed. */
    public record Decoded(String text, Charset charset, boolean fallback) {
    }

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes, Charset forced) throws ReadException {
        if (bytes.length == 0) {
            throw new ReadException("empty", "文件为空（0 字节），没有可检查的内容。");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        if (looksBinary(bytes)) {
            throw new ReadException("binary",
                    "文件内容是二进制数据，不是文本（可能是改了扩展名的 Word、PDF、压缩包或图片），无法作为年报读取。");
        }
        if (forced != null) {
            try {
                return new Decoded(strict(bytes, 0, forced), forced, false);
            } catch (ReadException e) {
                throw new ReadException("encoding", "按指定编码 " + forced.name() + " 无法解码该文件，请检查编码设置。");
            }
        }
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        } catch (ReadException notUtf8) {
            try {
                return new Decoded(strict(bytes, 0, GB18030), GB18030, true);
            } catch (ReadException notGb) {
                throw new ReadException("encoding",
                        "文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本，无法识别编码。请另存为 UTF-8 后再检查。");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws ReadException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new ReadException("encoding", cs.name() + " 解码失败");
        }
    }

    /** NUL bytes, or many control characters, mean this is not a text file. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > sample / 100 + 2;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
