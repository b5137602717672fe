package org.disclosurechecker.read;

/**
 * Runs the library part of a reader so that nothing but {@link ReadException} leaves it: a damaged or
 * hostile file makes POI, PDFBox or jsoup throw all sorts of runtime exceptions (and, for deeply
 * nested or huge structures, errors); the user gets one Chinese message instead.
 */
final class Guard {

    interface Body<T> {
        T run() throws Exception;
    }

    /**
     * Thrown by a reader's tree walk, which has no checked exceptions, to refuse the file: {@link #read}
     * rethrows the ReadException it carries.
     */
    static final class Refusal extends RuntimeException {

        private final transient ReadException refusal;

        Refusal(ReadException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    private Guard() {
    }

    /**
     * @param what the format as the user calls it, e.g. "Word 文档"
     */
    static <T> T read(String what, Body<T> body) throws ReadException {
        try {
            return body.run();
        } catch (ReadException e) {
            throw e;
        } catch (Refusal e) {
            throw e.refusal;
        } catch (OutOfMemoryError e) {
            throw new ReadException("too-large", "文件内容过于庞大，读取时内存不足，未能检查。请确认文件是否正常，"
                    + "或将年报另存为较小的 .docx/.txt 后再检查。", e);
        } catch (NoClassDefFoundError e) {
            // Commons Compress reads ZIP entries packed with Zstandard, XZ or Brotli only with optional
            // libraries this build does not ship; Word never writes such entries (found fuzzing .docx)
            if (!optionalCodec(e)) {
                throw e;
            }
            throw new ReadException("corrupt", corrupt(what, "其中的压缩数据使用了 Word 不使用的压缩方式", null).getMessage(), e);
        } catch (StackOverflowError e) {
            // the error is kept as the cause (not named in the message) so tests and fuzzing can tell it
            throw new ReadException("corrupt", corrupt(what, "结构嵌套过深", null).getMessage(), e);
        } catch (Exception e) {
            if (zipBomb(e)) {
                throw new ReadException("too-large", "文件解压后的内容异常巨大（疑似“压缩炸弹”），为安全起见未读取。"
                        + "如确为正常年报，请另存为 .docx 或 .txt 后再检查。", e);
            }
            throw corrupt(what, null, e);
        }
    }

    /**
     * @param detail what is damaged, in Chinese, or null: then the library's exception class is named
     *               as technical information (its message is English and may hold paths)
     */
    static ReadException corrupt(String what, String detail, Throwable cause) {
        String tech = cause == null ? "" : "（技术信息：" + cause.getClass().getSimpleName() + "）";
        return new ReadException("corrupt", "文件已损坏或不完整，无法作为 " + what + " 读取"
                + (detail == null ? "" : "：" + detail) + "。请用原软件打开并重新保存（或重新下载）后再检查。" + tech, cause);
    }

    static boolean optionalCodec(NoClassDefFoundError e) {
        String m = e.getMessage() == null ? "" : e.getMessage().replace('.', '/');
        return m.startsWith("com/github/luben/zstd/") || m.startsWith("org/tukaani/xz/") || m.startsWith("org/brotli/");
    }

    static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the maximum")
                    || m.contains("max. ratio") || m.contains("Max entry size"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
