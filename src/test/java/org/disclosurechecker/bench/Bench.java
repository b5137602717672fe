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
 * A benchmark, not a test: how long the rulebase takes to load, how long a warm check of one report takes,
 * and how much heap the results of a run keep, over generated variants of the clean drafts and the samples.
 * Run directly:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.disclosurechecker.bench.Bench [N] [DIR] [ROUNDS]}.
 * With DIR it also writes N report files there (for timing the CLI jar end to end);
 * {@code Bench --generate N DIR} only writes them. src/test/tools/bench.sh times the CLI and the Maven goal.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--generate")) {
            generate(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("disclosure-bench");
        int roundCount = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Path> corpus = generate(n, out);

        long t0 = System.nanoTime();
        RuleBase rules = RuleBase.bundled();
        long t1 = System.nanoTime();
        Checker checker = new Checker(rules);
        System.out.printf("rulebase load: %.0f ms (%d rules in the catalogue)%n", (t1 - t0) / 1e6,
                rules.catalogue().all().size());

        // warm-up: every report once
        check(checker, corpus);
        long[] rounds = new long[roundCount];
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
        retained(checker, corpus);
        System.out.println("report files in " + out);
    }

    /**
     * The heap a run keeps: live heap after a full GC while the result of checking the first k reports is
     * held, for growing k. What grows is the result itself (one entry per report with its findings).
     */
    private static void retained(Checker checker, List<Path> corpus) throws Exception {
        long base = liveHeap();
        long prev = base;
        int prevK = 0;
        for (int k : new int[] {corpus.size() / 4, corpus.size() / 2, corpus.size()}) {
            if (k == 0 || k == prevK) {
                continue;
            }
            CheckResult res = check(checker, corpus.subList(0, k));
            long live = liveHeap();
            long findings = res.reports().stream().mapToLong(r -> r.findings().size()).sum();
            System.out.printf("live heap holding the result of %d reports (%d findings): %.1f MB above the "
                    + "checker alone; %.1f KB per added report (%.1f findings each)%n", k, findings,
                    (live - base) / 1e6, (live - prev) / 1e3 / (k - prevK), findings / (double) k);
            prev = live;
            prevK = k;
            java.lang.ref.Reference.reachabilityFence(res); // held while the heap was measured
        }
    }

    private static long liveHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
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
