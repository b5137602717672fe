package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void namesAndDefaultFileNames() {
        assertEquals(List.of("console", "json", "sarif", "junit", "html"), Reporters.names());
        assertNull(Reporters.get("console").defaultFileName());
        assertEquals("report.json", Reporters.get("json").defaultFileName());
        assertEquals("report.sarif", Reporters.get("sarif").defaultFileName());
        assertEquals("TEST-disclosure.xml", Reporters.get("junit").defaultFileName());
        assertEquals("report.html", Reporters.get("html").defaultFileName());
        for (String n : Reporters.names()) {
            assertEquals(n, Reporters.get(n).name());
        }
    }

    @Test
    void lookupIgnoresCaseAndBlanks() {
        assertEquals("json", Reporters.get(" JSON ").name());
        assertEquals("sarif", Reporters.get("Sarif").name());
    }

    @Test
    void unknownFormatNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reporters.get("xml"));
        assertTrue(e.getMessage().contains("“xml”"), e.getMessage());
        assertTrue(e.getMessage().contains("console、json、sarif、junit、html"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Reporters.get(null));
        assertThrows(IllegalArgumentException.class, () -> Reporters.get(""));
    }

    @Test
    void everyReporterWritesUtf8AndLeavesTheStreamOpen() throws IOException {
        for (String n : Reporters.names()) {
            Fixtures.CloseTracking out = new Fixtures.CloseTracking();
            Reporters.get(n).write(Fixtures.result(), out);
            assertFalse(out.closed, n + " closed the caller's stream");
            byte[] bytes = out.data.toByteArray();
            assertTrue(bytes.length > 0, n);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                assertTrue(text.contains("某某县人民政府") || text.contains("合计数与分项之和不符"), n);
            } catch (CharacterCodingException e) {
                throw new AssertionError(n + " wrote bytes that are not UTF-8", e);
            }
            // deterministic: the same result gives the same bytes
            assertArrayEquals(bytes, Fixtures.bytes(Reporters.get(n), Fixtures.result()), n);
        }
    }
}
