package dxcheck.serve;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
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
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static DxServer server;
    static WebDriver driver;
    static Path profile;
    static String stttt;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver; .ci/run does this)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("se.avoid-browser-download", "true");
        profile = Files.createTempDirectory("dxcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            assumeTrue(false, "browser test skipped: Chromium could not be started: " + e.getMessage());
        }
        server = DxServer.start(ServeOptions.defaults(Path.of("rules")).withPollMillis(0), dxcheck.TestRules.SETS, Lang.EN,
                new PrintWriter(new StringWriter()));
        stttt = Files.readString(Path.of("fixtures/ha-tinh/agencies/stttt.yaml"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
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
}
