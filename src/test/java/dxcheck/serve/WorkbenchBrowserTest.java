package dxcheck.serve;

import dxcheck.HeadlessChromium;

import dxcheck.text.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The planners' workbench end to end in a real headless Chromium (Debian's chromium and chromedriver, never a
 * downloaded one). Skipped, saying why, only when the browser cannot be started on this machine.
 */
class WorkbenchBrowserTest {
    static HeadlessChromium chromium;
    static DxServer server;
    static WebDriver driver;
    static String stttt;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start("1400,1000");
        driver = chromium.driver;
        server = DxServer.start(ServeOptions.defaults(dxcheck.PinnedRules.pinned()).withPollMillis(0), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(new StringWriter()));
        stttt = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        driver.get(server.uri().toString());
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);  // results are re-rendered on each answer
        return wait;
    }

    private void paste(String yaml) {
        WebElement area = driver.findElement(By.id("yaml"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, yaml);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('asOf').value = '2023-07-15';");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aPastedStatusShowsItsFindingsBesideTheYaml() throws Exception {
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Kiểm tra", driver.findElement(By.id("check")).getText());
        paste(stttt);
        driver.findElement(By.id("check")).click();
        WebElement finding = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".finding[data-rule='STF-001']")));
        assertTrue(finding.findElement(By.className("msg")).getText().contains(
                "Cơ quan thường trực chuyển đổi số có 3 cán bộ chuyên trách, tối thiểu 5"), finding::getText);
        assertEquals("LỖI", finding.findElement(By.className("badge")).getText().toUpperCase());
        // STF-001 rests on no legal instrument: its references are shown apart, never as "Căn cứ"
        assertTrue(finding.findElements(By.className("basis")).isEmpty(), finding::getText);
        assertTrue(finding.findElement(By.className("refs")).getText().startsWith("Tham khảo: Không có định mức quốc gia"),
                finding::getText);
        assertEquals("pasted.yaml:27", finding.findElement(By.className("loc")).getText());
        WebElement group = finding.findElement(By.xpath("ancestor::section[contains(@class,'subject')]"));
        assertEquals("ha-tinh.stttt", group.findElement(By.tagName("h3")).getText());
        WebElement line27 = driver.findElement(By.cssSelector(".source[data-file='pasted.yaml'] li[data-line='27']"));
        assertTrue(line27.getAttribute("class").contains("hl-error"), line27.getAttribute("class"));
        assertTrue(line27.getText().contains("dedicatedDxStaff: 3"), line27::getText);
        assertTrue(finding.findElement(By.className("badge")).getCssValue("color").contains("180, 35, 24"),
                "errors are red");
        assertTrue(driver.findElement(By.id("download")).isDisplayed());
        screenshot("findings-vi");

        driver.findElement(By.id("lang-en")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".finding[data-rule='STF-001'] .msg")).getText()
                .contains("The DX lead agency has 3 dedicated staff, at least 5 required"));
        assertEquals("Check", driver.findElement(By.id("check")).getText());
        assertTrue(driver.getCurrentUrl().contains("lang=en"));
        for (WebElement chip : driver.findElements(By.cssSelector("#summary .chip"))) {
            String[] parts = chip.getText().split(" ", 2);
            String kind = chip.getAttribute("data-count");
            String noun = parts[0].equals("1") || kind.equals("info") || kind.equals("waived") ? kind : kind + "s";
            assertEquals(noun, parts[1], "an English count agrees with its noun: " + chip.getText());
        }
        screenshot("findings-en");
    }

    /** A planner edits the draft and checks again: the page says what the change fixed and what it broke. */
    @Test
    void aSecondCheckShowsWhatTheChangeFixedAndBroke() throws Exception {
        paste(stttt);
        driver.findElement(By.id("check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding[data-rule='STF-001']")));
        assertTrue(driver.findElements(By.id("changes")).isEmpty(), "nothing to compare with yet");
        paste(stttt.replace("    dedicatedDxStaff: 3", "    dedicatedDxStaff: 5")
                .replace("    securityStaff: 1", "    securityStaff: 0"));
        driver.findElement(By.id("check")).click();
        WebElement changes = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertEquals("1", changes.getAttribute("data-fixed"), changes::getText);
        assertEquals("1", changes.getAttribute("data-introduced"), changes::getText);
        assertTrue(changes.getText().contains("1 đã khắc phục, 1 phát sinh mới"), changes::getText);
        assertTrue(changes.findElement(By.cssSelector("ul.fixed")).getText().startsWith("STF-001 ha-tinh.stttt"));
        assertTrue(changes.findElement(By.cssSelector("ul.introduced")).getText().startsWith("STF-006 ha-tinh.stttt"));
        assertEquals("MỚI", driver.findElement(By.cssSelector(".finding[data-rule='STF-006'] .badge.new")).getText()
                .toUpperCase(java.util.Locale.ROOT), "badges are shown in capitals");
        screenshot("changes-vi");
        driver.findElement(By.id("lang-en")).click();
        waiting().until(d -> d.findElement(By.id("changes")).getText().contains("1 fixed, 1 introduced"));
    }

    @Test
    void anInputErrorIsShownAtItsLine() throws Exception {
        paste(stttt.replace("    dedicatedDxStaff: 3", "    dedicatedDxStaf: 3"));
        driver.findElement(By.id("check")).click();
        WebElement error = waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("input-error")));
        assertEquals("27", error.getAttribute("data-line"));
        assertTrue(error.getText().startsWith("pasted.yaml:27:"), error::getText);
        assertTrue(error.getText().contains("dedicatedDxStaf"), error::getText);
        WebElement line = driver.findElement(By.cssSelector(".source[data-file='pasted.yaml'] li[data-line='27']"));
        assertTrue(line.getAttribute("class").contains("hl-input"), line.getAttribute("class"));
        assertTrue(driver.findElements(By.className("finding")).isEmpty());
        assertTrue(driver.findElement(By.id("status")).getText().contains("lỗi"));
        screenshot("input-error");
    }

    @Test
    void uploadedFilesAreCheckedUnderTheirNames() throws Exception {
        String files = Path.of("fixtures/ha-tinh/agencies/stttt.yaml").toAbsolutePath() + "\n"
                + Path.of("fixtures/ha-tinh/plan.yaml").toAbsolutePath();
        driver.findElement(By.id("files")).sendKeys(files);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('asOf').value = '2023-07-15';");
        driver.findElement(By.id("check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding[data-rule='STF-001']")));
        List<String> sources = driver.findElements(By.cssSelector(".source")).stream()
                .map(e -> e.getAttribute("data-file")).toList();
        assertEquals(List.of("stttt.yaml", "plan.yaml"), sources);
        assertEquals("stttt.yaml", driver.findElement(By.cssSelector(".finding[data-rule='STF-001']"))
                .getAttribute("data-file"));
        assertFalse(driver.findElements(By.cssSelector(".finding[data-file='plan.yaml']")).isEmpty());
    }

    /** A YAML syntax error names the mistake in Vietnamese and gives a hint, beside its marked line. */
    @Test
    void aYamlSyntaxErrorIsSaidAsTheMistakeWithAHint() throws Exception {
        paste(stttt.replace("    dedicatedDxStaff: 3", "\tdedicatedDxStaff: 3"));
        driver.findElement(By.id("check")).click();
        WebElement error = waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("input-error")));
        assertEquals("27", error.getAttribute("data-line"));
        assertTrue(error.getText().contains("lỗi cú pháp YAML: thụt lề bằng ký tự tab"), error::getText);
        assertEquals("Gợi ý: YAML chỉ thụt lề bằng dấu cách: thay tab bằng dấu cách",
                error.findElement(By.className("fix")).getText());
        screenshot("syntax-error");
    }

    /**
     * A rule author saves a rule that reads a policy key the policy does not define: the server keeps checking with
     * the last good rules and the page says so, with the error to hand on, above the results.
     */
    @Test
    void rulesTheServerRefusedAreShownInThePage(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        for (String f : new String[] {"staffing.drl", "policy.yaml"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        dxcheck.TestDocs.copyKnowledge(rules);
        try (DxServer live = DxServer.start(ServeOptions.defaults(rules).withPollMillis(100), dxcheck.TestRules.SETS,
                Lang.EN, new PrintWriter(new StringWriter()))) {
            driver.get(live.uri().toString());
            assertFalse(driver.findElement(By.id("rules-error")).isDisplayed(), "no error while the rules build");
            Path staffing = rules.resolve("staffing.drl");
            Files.writeString(staffing, Files.readString(staffing).replace("key == \"staffing.dxLead.minDedicated\"",
                    "key == \"staffing.dxLead.minDedicatd\""));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Http.get(live.uri().resolve("/health")).body().contains("rulesError") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            paste(stttt);
            driver.findElement(By.id("check")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding[data-rule='STF-001']")));
            WebElement box = driver.findElement(By.id("rules-error"));
            waiting().until(d -> box.isDisplayed());
            assertTrue(box.getText().contains("Bộ quy tắc mới trên máy chủ có lỗi nên chưa được dùng"), box::getText);
            assertTrue(box.getText().contains("staffing.drl:10:1") && box.getText().contains("staffing.dxLead.minDedicatd"),
                    box::getText);
            screenshot("rules-refused");
        }
    }

    /**
     * A file chosen, then edited on disk: the browser can no longer read it, so the page must not show the old
     * result as if it were the new one; it says so and asks for the file again.
     */
    @Test
    void aChosenFileEditedOnDiskIsNoticed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("stttt.yaml");
        Files.writeString(file, stttt);
        driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('asOf').value = '2023-07-15';");
        driver.findElement(By.id("check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding[data-rule='STF-001']")));
        Files.writeString(file, stttt.replace("    dedicatedDxStaff: 3", "    dedicatedDxStaff: 5"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        driver.findElement(By.id("check")).click();
        WebElement status = driver.findElement(By.id("status"));
        waiting().until(d -> status.getText().contains("Không đọc lại được tệp stttt.yaml"));
        assertTrue(status.getText().contains("hãy chọn lại tệp"), status::getText);
        assertFalse(driver.findElement(By.id("results")).isDisplayed(), "the old result is not left on show");
    }

    /**
     * The YAML view's monospace font puts Vietnamese tone marks over their letter. DejaVu Sans Mono (the usual Linux
     * monospace) draws the mark of ề, ẩ, ắ beside the letter, past its cell: the ink then reaches far beyond the
     * letter's advance. Needs a monospace font with Vietnamese on the machine (Chromium's Debian package brings
     * Liberation Mono).
     */
    @Test
    void vietnameseMarksStayOverTheirLettersInTheYamlView() throws Exception {
        assumeTrue(fontInstalled("Liberation Mono") || fontInstalled("Noto Sans Mono"),
                "no monospace font with Vietnamese marks on this machine (fonts-liberation)");
        paste(stttt);
        driver.findElement(By.id("check")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.lines li")));
        for (String selector : List.of("#yaml", "ol.lines")) {
            String overflow = (String) ((JavascriptExecutor) driver).executeScript("""
                    const font = getComputedStyle(document.querySelector(arguments[0])).font;
                    const c = document.createElement("canvas").getContext("2d");
                    c.font = font.replace(/\\/[^ ]+/, "").replace(/^(\\d+(\\.\\d+)?)px/, "40px");
                    const bad = [];
                    for (const ch of "ềẩắốễờỗữ") {
                      const m = c.measureText(ch);
                      if (m.actualBoundingBoxRight > m.width * 1.15) bad.push(ch + " " + m.width + "/" + m.actualBoundingBoxRight);
                    }
                    return bad.length ? c.font + ": " + bad.join(", ") : "";
                    """, selector);
            assertEquals("", overflow, selector + ": marks drawn beside their letter");
        }
        screenshot("yaml-view-font");
    }

    private static boolean fontInstalled(String family) {
        try {
            Process p = new ProcessBuilder("fc-list", ":family=" + family).redirectErrorStream(true).start();
            return !new String(p.getInputStream().readAllBytes()).isBlank() && p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
