package org.disclosurechecker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.disclosurechecker.TestSupport;
import org.disclosurechecker.config.Settings;
import org.disclosurechecker.config.SettingsLoader;
import org.disclosurechecker.core.CheckRequest;
import org.disclosurechecker.findings.CheckResult;
import org.disclosurechecker.findings.Finding;
import org.disclosurechecker.findings.ReportResult;
import org.disclosurechecker.findings.Severity;

/**
 * The supervisors' page in a real headless Chromium (Debian's chromium + chromium-driver, driven by
 * Selenium): filters, search, sorting, the 确认/忽略 decisions and their export (the exported file is
 * read by the real configuration loader and fed to a second run), and that markup in a draft never runs.
 * Skipped, with a message, where no Chromium is installed (.ci/run installs it).
 */
class HtmlBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final String PAYLOAD = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

    static Path dir;
    static Path downloads;
    static Path page;
    static CheckRequest.Builder request;
    static CheckResult result;
    static WebDriver driver;

    static final boolean BROWSER = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    static final String NO_BROWSER = "browser test skipped: chromium / chromium-driver not installed (" + CHROMIUM
            + ", " + DRIVER + "; apt-get install chromium chromium-driver, as .ci/run does)";

    @BeforeAll
    static void start() throws IOException {
        if (!BROWSER) {
            // skipped per test in open(), so that Maven's summary counts them as skipped; said once here
            System.err.println(NO_BROWSER);
            return;
        }
        dir = Files.createTempDirectory("html-browser");
        downloads = Files.createDirectories(dir.resolve("downloads"));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String clean = Files.readString(TestSupport.CLEAN.resolve("g3-county-department-2025.txt"),
                StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("a-市场监管.txt"), clean);
        // a unit nobody listed, whose title and prose carry markup
        String hostile = clean.replace("桐溪县市场监督管理局", "桐溪县气象局" + PAYLOAD)
                .replace("全年在县政府门户网站", PAYLOAD + "XX县全年在县政府门户网站"); // PLACEHOLDER shows the line
        Files.writeString(reports.resolve("b-气象.txt"), hostile);
        // a report of the same year with two SUM-MISMATCH errors
        Files.writeString(reports.resolve("c-人社.txt"), Files.readString(
                TestSupport.RESOURCES.resolve("rules/SUM-MISMATCH/fail-t3-column-total.txt"), StandardCharsets.UTF_8)
                .replace("2023年", "2026年").replace("2022", "2025"));
        Files.writeString(reports.resolve("notes.xlsx"), "not a report");
        Files.writeString(dir.resolve("units.csv"),
                "桐溪县市场监督管理局\n丰阳市人力资源和社会保障局\n桐溪县财政局\n桐溪县教育局\n");
        request = CheckRequest.builder().baseDir(dir).input(Path.of("reports")).unitsFile(Path.of("units.csv"))
                .year(null);
        result = TestSupport.check(request.build());
        page = dir.resolve("report.html");
        try (OutputStream out = Files.newOutputStream(page)) {
            Reporters.get("html").write(result, out);

        }

        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        o.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void open() throws IOException {
        Assumptions.assumeTrue(BROWSER, NO_BROWSER);
        try (Stream<Path> s = Files.list(downloads)) {
            for (Path p : s.toList()) {
                Files.delete(p); // another test's export: the browser would name the next one "… (1).yaml"
            }
        }
        load(page);
        js("window.localStorage.clear();"); // decisions kept by another test's page
        load(page);
    }

    static void load(Path html) {
        driver.get(html.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("filters")).isDisplayed());
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    List<WebElement> visible(String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void markupInADraftNeverRuns() {
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"), "draft text ran as script");
        assertEquals(0L, js("return document.querySelectorAll('main script, main img').length;"));
        List<WebElement> excerpts = driver.findElements(By.cssSelector("pre.excerpt"));
        assertTrue(excerpts.stream().anyMatch(e -> e.getText().contains(PAYLOAD)),
                "the markup is shown as text: " + excerpts.stream().map(WebElement::getText).toList());
        String body = driver.findElement(By.tagName("body")).getText();
        assertTrue(body.split(java.util.regex.Pattern.quote(PAYLOAD), -1).length - 1 >= 2,
                "the title line and the prose line are both shown as text");
    }

    @Test
    void filtersNarrowFindingsReportsAndUnits() {
        int total = driver.findElements(By.cssSelector("li.finding")).size();
        assertEquals(result.reports().stream().mapToInt(r -> r.findings().size()).sum(), total);
        assertEquals(total, visible("li.finding").size());

        new Select(driver.findElement(By.id("f-severity"))).selectByValue("ERROR");
        List<WebElement> errors = visible("li.finding");
        assertEquals(result.count(Severity.ERROR), errors.size());
        assertTrue(errors.stream().allMatch(e -> "ERROR".equals(e.getAttribute("data-severity"))));
        assertTrue(driver.findElement(By.id("f-count")).getText().startsWith("显示 " + errors.size() + " 个问题"));
        // a report without an error disappears from the table and the details
        assertEquals(result.reports().stream().filter(r -> r.count(Severity.ERROR) > 0).count(),
                visible("#t-reports tbody tr").size());
        assertTrue(visible("#t-reports tbody tr").stream().noneMatch(e -> e.getText().contains("a-市场监管.txt")));
        driver.findElement(By.id("f-reset")).click();

        driver.findElement(By.id("f-failed")).click();
        List<WebElement> units = visible("#t-units tbody tr");
        assertEquals(3, units.size(), "the two missing units and the one with errors");
        assertTrue(units.stream().allMatch(e -> "true".equals(e.getAttribute("data-failed"))));
        assertTrue(visible("#t-reports tbody tr").stream().noneMatch(e -> e.getText().contains("a-市场监管.txt")));
        driver.findElement(By.id("f-reset")).click();

        driver.findElement(By.id("f-search")).sendKeys("气象");
        List<WebElement> rows = visible("#t-reports tbody tr");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("b-气象.txt"));
        assertEquals(0, visible("#t-units tbody tr").size());
        assertTrue(visible("article.report").stream().allMatch(a -> a.getText().contains("b-气象.txt")));

        driver.findElement(By.id("f-reset")).click();
        driver.findElement(By.cssSelector("button.rule-pick[data-rule='SUM-MISMATCH']")).click();
        assertEquals(result.report("reports/c-人社.txt").findings().stream()
                .filter(f -> f.ruleId().equals("SUM-MISMATCH")).count(), visible("li.finding").size());
        assertTrue(visible("li.finding").stream().allMatch(e -> "SUM-MISMATCH".equals(e.getAttribute("data-rule"))));
    }

    @Test
    void tablesSortByAColumn() {
        WebElement errorsHeader = driver.findElements(By.cssSelector("#t-units thead th button.sort")).get(5);
        errorsHeader.click();
        errorsHeader.click(); // descending
        List<WebElement> rows = driver.findElements(By.cssSelector("#t-units tbody tr"));
        List<Integer> errors = rows.stream().map(r -> Integer.valueOf(r.findElements(By.tagName("td")).get(5).getText()))
                .toList();
        assertEquals(errors.stream().sorted(Comparator.reverseOrder()).toList(), errors);
        assertEquals("丰阳市人力资源和社会保障局", rows.get(0).findElements(By.tagName("td")).get(1).getText());

        WebElement unitHeader = driver.findElements(By.cssSelector("#t-units thead th button.sort")).get(1);
        unitHeader.click();
        List<String> names = driver.findElements(By.cssSelector("#t-units tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertEquals(4, names.size());
        assertEquals(names.stream().sorted(java.text.Collator.getInstance(java.util.Locale.CHINA)).toList(), names);
    }

    @Test
    void dismissedFindingsExportedAsSuppressionsNeverFailAgain() throws Exception {
        assertFalse(result.passed());
        List<WebElement> errors = driver.findElements(By.cssSelector("li.finding[data-severity=ERROR]"));
        assertTrue(errors.size() >= 3, "SUM-MISMATCH ×2 and the missing units");
        // 忽略 without a reason does nothing
        errors.get(0).findElement(By.cssSelector("button.d-dismiss")).click();
        assertEquals(null, errors.get(0).getAttribute("data-decision"));
        assertEquals("请先填写忽略的理由", errors.get(0).findElement(By.cssSelector(".d-state")).getText());
        for (WebElement li : errors) {
            li.findElement(By.cssSelector("input.d-reason")).sendKeys("已核实：" + li.getAttribute("data-rule")
                    + " 「引号\"与反斜杠\\」");
            li.findElement(By.cssSelector("button.d-dismiss")).click();
            assertEquals("dismiss", li.getAttribute("data-decision"));
        }
        WebElement warning = driver.findElement(By.cssSelector("li.finding[data-severity=WARNING]"));
        warning.findElement(By.cssSelector("button.d-confirm")).click();
        assertEquals("已确认", warning.findElement(By.cssSelector(".d-state")).getText());
        assertEquals("已确认 1 个，已忽略 " + errors.size() + " 个", driver.findElement(By.id("d-count")).getText());

        driver.findElement(By.id("d-export")).click();
        Path exported = downloads.resolve("disclosure-suppressions.yaml");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Files.isRegularFile(exported));
        String yaml = Files.readString(exported, StandardCharsets.UTF_8);
        assertEquals(yaml, driver.findElement(By.id("d-yaml")).getAttribute("value"));

        Settings settings = SettingsLoader.load(exported, TestSupport.checker().rules().catalogue()::contains);
        assertEquals(errors.size(), settings.suppressions().size(), yaml);
        assertTrue(settings.suppressions().get(0).justification().endsWith("「引号\"与反斜杠\\」"));

        // the next run: the unit's existing configuration and the exported file, as they are
        Path existing = Files.writeString(dir.resolve("existing.yaml"), """
                rules:
                  REPORT-UNLISTED:
                    enabled: false
                """);
        long unlisted = result.reports().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.ruleId().equals("REPORT-UNLISTED")).count();
        assertTrue(unlisted > 0, "the hostile report's unit is not on the list");
        CheckResult again = TestSupport.check(CheckRequest.builder().baseDir(dir).input(Path.of("reports"))
                .unitsFile(Path.of("units.csv")).configFile(existing).configFile(exported).build());
        assertTrue(again.passed(), "every error was dismissed");
        for (ReportResult r : again.reports()) {
            for (Finding f : r.findings()) {
                assertEquals(f.severity() == Severity.ERROR, f.suppressed(), r.file() + " " + f);
                assertFalse(f.ruleId().equals("REPORT-UNLISTED"), "the existing configuration is still in effect");
                if (f.suppressed()) {
                    assertTrue(f.justification().startsWith("已核实：" + f.ruleId()), f.justification());
                }
            }
        }
        assertEquals(result.reports().stream().mapToInt(r -> r.findings().size()).sum() - unlisted,
                again.reports().stream().mapToInt(r -> r.findings().size()).sum(), "dismissed ones stay visible");
    }

    @Test
    void decisionsSurviveAReloadUntilClearedAndNeverReachAnotherRunsPage() throws Exception {
        WebElement error = driver.findElement(By.cssSelector("li.finding[data-severity=ERROR]"));
        String rule = error.getAttribute("data-rule");
        error.findElement(By.cssSelector("input.d-reason")).sendKeys("复核：" + PAYLOAD);
        error.findElement(By.cssSelector("button.d-dismiss")).click();
        WebElement warning = driver.findElement(By.cssSelector("li.finding[data-severity=WARNING]"));
        warning.findElement(By.cssSelector("button.d-confirm")).click();
        String dismissedKey = key(error);
        String confirmedKey = key(warning);

        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("filters")).isDisplayed());
        WebElement dismissed = byKey(dismissedKey);
        assertEquals("dismiss", dismissed.getAttribute("data-decision"));
        assertEquals("复核：" + PAYLOAD, dismissed.findElement(By.cssSelector("input.d-reason")).getAttribute("value"));
        assertEquals("已忽略（理由：复核：" + PAYLOAD + "）", dismissed.findElement(By.cssSelector(".d-state")).getText());
        assertEquals("confirm", byKey(confirmedKey).getAttribute("data-decision"));
        assertEquals("已确认 1 个，已忽略 1 个", driver.findElement(By.id("d-count")).getText());
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"), "a kept reason never runs");

        driver.findElement(By.id("d-export")).click();
        String yaml = driver.findElement(By.id("d-yaml")).getAttribute("value");
        assertTrue(yaml.contains("rule: \"" + rule + "\"") && yaml.contains("复核："), yaml);
        assertTrue(yaml.contains("# 已确认的问题（不豁免）："), yaml);

        // another run's page (other findings) starts with no decisions
        CheckResult other = TestSupport.check(CheckRequest.builder().baseDir(dir).input(Path.of("reports/c-人社.txt"))
                .build());
        Path otherPage = dir.resolve("other.html");
        try (OutputStream out = Files.newOutputStream(otherPage)) {
            Reporters.get("html").write(other, out);
        }
        load(otherPage);
        assertEquals(0L, js("return document.querySelectorAll('li.finding[data-decision]').length;"));
        assertEquals("已确认 0 个，已忽略 0 个", driver.findElement(By.id("d-count")).getText());

        load(page);
        assertEquals("dismiss", byKey(dismissedKey).getAttribute("data-decision"), "still kept for this run");
        driver.findElement(By.id("d-clear")).click();
        assertEquals(0L, js("return document.querySelectorAll('li.finding[data-decision]').length;"));
        assertEquals("", byKey(dismissedKey).findElement(By.cssSelector("input.d-reason")).getAttribute("value"));
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("filters")).isDisplayed());
        assertEquals(0L, js("return document.querySelectorAll('li.finding[data-decision]').length;"));
        assertEquals("已确认 0 个，已忽略 0 个", driver.findElement(By.id("d-count")).getText());
    }

    /** A finding's place in the page: its report, rule, line and position among the findings. */
    static String key(WebElement li) {
        return li.getAttribute("data-report") + "|" + li.getAttribute("data-rule") + "|" + li.getAttribute("data-line")
                + "|" + driver.findElements(By.cssSelector("li.finding")).indexOf(li);
    }

    static WebElement byKey(String key) {
        int index = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
        WebElement li = driver.findElements(By.cssSelector("li.finding")).get(index);
        assertEquals(key, key(li));
        return li;
    }
}
