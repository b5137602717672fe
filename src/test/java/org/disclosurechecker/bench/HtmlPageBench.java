package org.disclosurechecker.bench;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.findings.UnitRollup;
import org.disclosurechecker.report.Reporters;

/**
 * How the supervisors' page copes with a big run: writes report.html for N units with F findings each
 * and times, in headless Chromium, loading it, a severity filter, a search and a sort. A main, not a
 * test (docs/benchmarks.md): {@code HtmlPageBench 350 25 /tmp/page}.
 */
public final class HtmlPageBench {

    private HtmlPageBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int per = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        List<ReportResult> reports = new ArrayList<>();
        List<UnitRollup.Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Finding> fs = new ArrayList<>();
            for (int j = 0; j < per; j++) {
                fs.add(new Finding("SUM-MISMATCH", Severity.values()[j % 3], j + 1, "", "三、收到和处理政府信息公开申请情况",
                        "（一）收到申请数", "自然人", "合计与分项之和不符 " + j, "12", "11", "收到申请数\t12\t5\t3", "依据", "建议",
                        false, null));
            }
            String f = "reports/单位" + i + "/2025年报.docx";
            reports.add(new ReportResult(f, i % 4 != 0, "G3", 2025, "桐溪县第" + i + "局", fs));
            units.add(new UnitRollup.Unit("桐溪县第" + i + "局", null, i + 1, UnitRollup.SUBMITTED, List.of(f), List.of()));
        }
        CheckResult r = new CheckResult("bench", List.of(), reports, Severity.ERROR, 0, 0, false, List.of(),
                new UnitRollup("units.csv", 2025, units, List.of()), null);
        Path page = dir.resolve("report.html");
        try (OutputStream out = Files.newOutputStream(page)) {
            Reporters.get("html").write(r, out);
        }
        System.out.printf("%d reports × %d findings: %.1f MB%n", n, per, Files.size(page) / 1e6);
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), o);
        try {
            long t = System.nanoTime();
            d.get(page.toUri().toString());
            System.out.printf("load (parse, layout, script) %d ms%n", (System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            new Select(d.findElement(By.id("f-severity"))).selectByValue("ERROR");
            System.out.printf("severity filter %d ms%n", (System.nanoTime() - t) / 1_000_000);
            Object ms = ((JavascriptExecutor) d).executeScript("var t = performance.now();"
                    + "var s = document.getElementById('f-search'); s.value = '第12';"
                    + "s.dispatchEvent(new Event('input')); return performance.now() - t;");
            System.out.printf("search %.0f ms%n", ((Number) ms).doubleValue());
            t = System.nanoTime();
            d.findElements(By.cssSelector("#t-units thead th button.sort")).get(1).click();
            System.out.printf("sort the units by name %d ms%n", (System.nanoTime() - t) / 1_000_000);
        } finally {
            d.quit();
        }
    }
}
