package org.disclosurechecker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings do not depend on the platform's default charset. Java 17 takes it from the platform:
 * GBK on a Chinese Windows machine, ASCII in a container without a locale (LANG=C). Every fixture, draft
 * and sample is checked here in this (UTF-8) JVM and by the command line in child JVMs started with
 * {@code -Dfile.encoding=GBK} and with {@code -Dfile.encoding=ANSI_X3.4-1968} (file names too, and
 * LANG=C), with a configuration file in Chinese; the JSON reports must be byte-identical. The children run in parallel; each checks about 280
 * files once, so this costs roughly the time of one full check per charset.
 */
class PlatformCharsetTest {

    static final List<String> INPUTS = List.of("src/test/resources", "sample-reports");

    @Test
    void everyFixtureGivesTheSameJsonUnderGbkAndAsciiDefaultCharsets(@TempDir Path dir) throws Exception {
        // a configuration with Chinese text: read as anything but UTF-8, the excerpt would not match
        Path config = Files.write(dir.resolve("config.yaml"), """
                suppressions:
                  - rule: DATE-CONFLICT
                    excerpt: "二零一六年一月十七日"
                    justification: "已发布的旧报告，落款日期按原件保留。"
                """.getBytes(StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(List.of("--format", "json", "--config", config.toString()));
        args.addAll(INPUTS);

        Child gbk = Child.start(dir, "gbk", Map.of(), "-Dfile.encoding=GBK", "-Dsun.jnu.encoding=GBK", args);
        Child ascii = Child.start(dir, "ascii", Map.of("LANG", "C", "LC_ALL", "C"),
                "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.jnu.encoding=ANSI_X3.4-1968", args);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String utf8 = out.toString(StandardCharsets.UTF_8);
        assertEquals(Main.EXIT_FAIL, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(utf8.contains("\"ruleId\": \"SUM-MISMATCH\""), "the fixtures have findings to compare");
        assertFalse(utf8.contains("\uFFFD"), "no replacement characters in the UTF-8 run");
        assertTrue(utf8.contains("\"justification\": \"已发布的旧报告，落款日期按原件保留。\""), "the suppression applies");

        for (Child c : List.of(gbk, ascii)) {
            c.await();
            assertEquals(status, c.status, c.name + ": exit status; stderr:\n" + c.stderr());
            assertTrue(c.stderr().contains("file.encoding = " + c.charset), c.name + " ran with its charset:\n"
                    + c.stderr());
            // compare as text first for a readable diff, then as bytes (the file must be UTF-8 either way)
            assertEquals(utf8, new String(c.stdout(), StandardCharsets.UTF_8), c.name + ": JSON differs");
            assertTrue(java.util.Arrays.equals(out.toByteArray(), c.stdout()), c.name + ": JSON bytes differ");
        }
    }

    /** The command line in a child JVM with another default charset, stdout and stderr in files. */
    static final class Child {
        final String name;
        final String charset;
        final Path out;
        final Path err;
        final Process process;
        int status;

        private Child(String name, String charset, Path out, Path err, Process process) {
            this.name = name;
            this.charset = charset;
            this.out = out;
            this.err = err;
            this.process = process;
        }

        static Child start(Path dir, String name, Map<String, String> env, String fileEncoding, String jnu,
                           List<String> args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    fileEncoding, jnu, "-XshowSettings:properties", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(args);
            Path out = dir.resolve(name + ".out");
            Path err = dir.resolve(name + ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            return new Child(name, fileEncoding.substring(fileEncoding.indexOf('=') + 1), out, err, pb.start());
        }

        void await() throws InterruptedException {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(name + ": the child JVM did not finish");
            }
            status = process.exitValue();
        }

        byte[] stdout() throws IOException {
            return Files.readAllBytes(out);
        }

        String stderr() throws IOException {
            // -XshowSettings and our messages: ASCII is enough to read the property lines
            return Files.readString(err, StandardCharsets.ISO_8859_1);
        }
    }
}
