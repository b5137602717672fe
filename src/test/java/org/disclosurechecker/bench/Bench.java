package org.disclosurechecker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.core.Checker;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.rules.RuleBase;

/**
 * A benchmark, not a test: how long the rulebase takes to compile and how long a warm check of one
 * report takes, over generated variants of the clean drafts and the samples. Run with
 * {@code ./mvnw -q test-compile exec:exec@bench} or directly:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.disclosurechecker.bench.Bench [N] [DIR]}.
 * With DIR it also writes N report files there (for timing the CLI jar end to end).
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("disclosure-bench");
        List<Path> corpus = generate(n, out);

        long t0 = System.nanoTime();
        RuleBase rules = RuleBase.bundled();
        long t1 = System.nanoTime();
        Checker checker = new Checker(rules);
        System.out.printf("rulebase compile: %.0f ms (%d rules in the catalogue)%n", (t1 - t0) / 1e6,
                rules.catalogue().all().size());

        // warm-up: every report once
        check(checker, corpus);
        long[] rounds = new long[5];
        for (int r = 0; r < rounds.length; r++) {
            long s = System.nanoTime();
            CheckResult res = check(checker, corpus);
            rounds[r] = System.nanoTime() - s;
            if (res.reports().size() != corpus.size()) {
                throw new IllegalStateException("not every report was checked");
            }
        }
        Arrays.sort(rounds);
        double median = rounds[rounds.length / 2] / 1e6;
        System.out.printf("warm check of %d reports: median %.0f ms over %d rounds = %.2f ms per report%n",
                corpus.size(), median, rounds.length, median / corpus.size());
        System.out.println("report files in " + out);
    }

    private static CheckResult check(Checker checker, List<Path> files) throws Exception {
        return checker.check(CheckRequest.builder().inputs(files).build());
    }

    /** N report files: the clean drafts and the samples in turn, each with a unique title line. */
    static List<Path> generate(int n, Path dir) throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (Path d : List.of(Path.of("src/test/resources/drafts/clean"), Path.of("sample-reports"))) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(seeds::add);
            }
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path seed = seeds.get(i % seeds.size());
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            Path f = dir.resolve(String.format("report-%05d.txt", i));
            Files.writeString(f, text + "\n", StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }
}
