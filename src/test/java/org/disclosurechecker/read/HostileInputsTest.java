package org.disclosurechecker.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;

/**
 * Files that are not what they claim, damaged or built to hurt: each gives exactly one READ-ERROR
 * finding with a Chinese message that says what is wrong, the readers throw nothing but
 * ReadException, and a run over a folder of them still checks the good report beside them.
 */
class HostileInputsTest {

    static final Path GOOD_DOCX = FormatFixtures.file("g3-county-government-2025", "docx");
    static final Path GOOD_TXT = FormatFixtures.file("g3-county-government-2025", "txt");

    /** Writes the hostile files into {@code dir}: file name → the word its message must contain. */
    static Map<String, String> writeHostileFiles(Path dir) throws IOException {
        Map<String, String> expect = new LinkedHashMap<>();

        scannedPdf(dir.resolve("scan.pdf"));
        expect.put("scan.pdf", "没有文本层");

        encryptedDocx(dir.resolve("encrypted.docx"));
        expect.put("encrypted.docx", "已加密");

        encryptedPdf(dir.resolve("encrypted.pdf"));
        expect.put("encrypted.pdf", "已加密");

        byte[] good = Files.readAllBytes(GOOD_DOCX);
        Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(good, good.length * 6 / 10));
        expect.put("truncated.docx", "损坏");

        zipBombDocx(dir.resolve("bomb.docx"));
        expect.put("bomb.docx", "压缩炸弹");

        Files.write(dir.resolve("empty.docx"), new byte[0]);
        expect.put("empty.docx", "为空");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        expect.put("empty.txt", "为空");

        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve("binary.txt"), binary);
        expect.put("binary.txt", "二进制");

        Files.copy(GOOD_TXT, dir.resolve("really-text.docx"));
        expect.put("really-text.docx", "纯文本");
        Files.copy(FormatFixtures.file("g3-county-government-2025", "doc"), dir.resolve("really-doc.docx"));
        expect.put("really-doc.docx", ".doc");
        Files.copy(GOOD_DOCX, dir.resolve("really-docx.doc"));
        expect.put("really-docx.doc", ".docx");
        Files.copy(FormatFixtures.file("g3-county-government-2025", "pdf"), dir.resolve("really-pdf.html"));
        expect.put("really-pdf.html", "PDF");

        byte[] big = new byte[400 * 1024];
        Arrays.fill(big, (byte) 'x');
        Files.write(dir.resolve("huge.txt"), big);
        expect.put("huge.txt", "过大");

        xxeDocx(dir.resolve("xxe.docx"));
        expect.put("xxe.docx", "损坏");
        return expect;
    }

    /** A PDF page that is only an image, as a scanner makes it. */
    static void scannedPdf(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 280; y += 7) {
                for (int x = 20; x < 180; x++) {
                    img.setRGB(x, y, 0xFFFFFF);
                }
            }
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 100, 400, 560);
            }
            doc.save(out.toFile());
        }
    }

    /** A .docx with an opening password, as Word writes it (agile encryption in an OLE2 container). */
    static void encryptedDocx(Path out) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("mima2026");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(GOOD_DOCX));
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                fs.writeFilesystem(o);
            }
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    static void encryptedPdf(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report");
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-2026", "user-2026", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out.toFile());
        }
    }

    /** A .docx whose document.xml inflates a thousandfold: 20 MB of spaces from a few kilobytes. */
    static void zipBombDocx(Path out) throws IOException {
        try (ZipFile in = new ZipFile(GOOD_DOCX.toFile());
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    zout.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[64 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 320; i++) {
                        zout.write(spaces);
                    }
                    zout.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zout.write(data);
                }
                zout.closeEntry();
            }
        }
    }

    /** A .docx whose document.xml declares an external entity (XXE): it must never be resolved. */
    static void xxeDocx(Path out) throws IOException {
        Path secret = out.resolveSibling("secret.txt");
        Files.writeString(secret, "机密内容", StandardCharsets.UTF_8);
        try (ZipFile in = new ZipFile(GOOD_DOCX.toFile());
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                            + secret.toUri() + "\">]>");
                    xml = xml.replaceFirst("<w:t>", "<w:t>&xxe;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zout.write(data);
                zout.closeEntry();
            }
        }
    }

    @Test
    void eachHostileFileGivesOneClearReadError(@TempDir Path dir) throws IOException {
        Map<String, String> expect = writeHostileFiles(dir);
        for (Map.Entry<String, String> e : expect.entrySet()) {
            Path file = dir.resolve(e.getKey());
            ReportResult r = TestSupport.check(CheckRequest.builder().input(file).baseDir(dir)
                    .maxFileBytes(256 * 1024).build()).reports().get(0);
            assertEquals(1, r.findings().size(), e.getKey() + ": " + r.findings());
            Finding f = r.findings().get(0);
            assertEquals("READ-ERROR", f.ruleId(), e.getKey() + ": " + f.message());
            assertTrue(f.message().contains(e.getValue()), e.getKey() + ": " + f.message());
            assertTrue(f.message().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    "a Chinese message");
            assertFalse(f.message().contains("机密内容"), "no external entity was resolved");
            assertFalse(r.passed());
        }
    }

    @Test
    void readersThrowOnlyReadExceptionsWithAReason(@TempDir Path dir) throws IOException {
        Map<String, String> expect = writeHostileFiles(dir);
        ReadOptions small = new ReadOptions(256 * 1024, null);
        for (String name : expect.keySet()) {
            Path file = dir.resolve(name);
            try {
                Readers.standard().read(file, name, small);
                throw new AssertionError(name + " was read");
            } catch (ReadException e) {
                assertNotNull(e.reason());
                assertFalse(e.getMessage().isBlank());
            }
        }
    }

    @Test
    void reasonsAreStableKeys(@TempDir Path dir) throws IOException {
        writeHostileFiles(dir);
        ReadOptions small = new ReadOptions(256 * 1024, null);
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("scan.pdf", "no-text-layer");
        reasons.put("encrypted.docx", "encrypted");
        reasons.put("encrypted.pdf", "encrypted");
        reasons.put("truncated.docx", "corrupt");
        reasons.put("bomb.docx", "too-large");
        reasons.put("huge.txt", "too-large");
        reasons.put("really-text.docx", "wrong-format");
        reasons.put("really-doc.docx", "wrong-format");
        reasons.put("empty.docx", "empty");
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            try {
                Readers.standard().read(dir.resolve(e.getKey()), e.getKey(), small);
                throw new AssertionError(e.getKey() + " was read");
            } catch (ReadException ex) {
                assertEquals(e.getValue(), ex.reason(), e.getKey() + ": " + ex.getMessage());
            }
        }
    }

    @Test
    void aFolderWithHostileFilesStillChecksTheGoodReport(@TempDir Path dir) throws IOException {
        Map<String, String> expect = writeHostileFiles(dir);
        Files.copy(GOOD_DOCX, dir.resolve("good.docx"));
        CheckResult result = TestSupport.check(CheckRequest.builder().input(dir).baseDir(dir)
                .maxFileBytes(256 * 1024).build());
        List<ReportResult> reports = result.reports();
        ReportResult good = reports.stream().filter(r -> r.file().equals("good.docx")).findFirst().orElseThrow();
        assertTrue(good.findings().stream().noneMatch(f -> f.ruleId().equals("READ-ERROR")), good.findings().toString());
        assertEquals("G3", good.edition());
        assertEquals(2025, good.year());
        assertTrue(good.passed(), good.findings().toString());
        for (String name : expect.keySet()) {
            ReportResult r = reports.stream().filter(x -> x.file().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not in the run"));
            assertEquals(List.of("READ-ERROR"), r.findings().stream().map(Finding::ruleId).toList(), name);
        }
    }
}
