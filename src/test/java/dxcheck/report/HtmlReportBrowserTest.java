package dxcheck.report;

import dxcheck.HeadlessChromium;

import dxcheck.cli.Cli;
import dxcheck.generate.NationalGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report opened from a file in Debian's headless Chromium, as an inspector opens it: the severity filter
 * works without script or network, agencies open and close, a ranked agency's link opens its findings, and print
 * (A4) opens every agency and repeats table headers. Screenshots and the printed PDF are left under
 * target/screenshots to be looked at (pages rendered to PNG when poppler's pdftoppm is installed).
 */
class HtmlReportBrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    @TempDir
    static Path tmp;
    static HeadlessChromium chromium;
    static WebDriver driver;
    static Path small;
    static Path province;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start("1280,1000");
        driver = chromium.driver;
        small = report("small.html", "src/test/resources/e2e/small-province", "2025-03-01");
        new NationalGenerator(1, 0.002).writeTo(tmp.resolve("gen"));
        province = report("province.html", tmp.resolve("gen").toString(), NationalGenerator.AS_OF);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Path report(String name, String input, String asOf) {
        Path out = tmp.resolve(name);
        Cli.Result r = Cli.run("check", "--format", "html", "--lang", "vi", "--as-of", asOf, "--output",
                out.toString(), input);
        assertEquals(1, r.exit(), r::toString);
        return out;
    }

    private static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private static void allShown(String css, boolean shown) {
        List<WebElement> found = all(css);
        assertFalse(found.isEmpty(), css);
        for (WebElement e : found) {
            assertEquals(shown, e.isDisplayed(), () -> css + (shown ? " hidden: " : " shown: ") + e.getText());
        }
    }

    @Test
    void errorsOnlyHidesWarningsInfoAndWaivedFindings() {
        driver.get(small.toUri().toString());
        allShown("tr.finding", true);
        driver.findElement(By.cssSelector("label[for=show-error]")).click();
        allShown("tr.finding.error:not(.is-waived)", true);
        allShown("tr.finding.warning", false);
        allShown("tr.finding.info", false);
        allShown("tr.finding.is-waived", false);
        allShown("details.owner:not(.has-error)", false);
        allShown("tr.rule-head:not(.has-error)", false);
        assertEquals("rgba(255, 255, 255, 1)", driver.findElement(By.cssSelector("label[for=show-error]"))
                .getCssValue("color"), "the chosen filter is marked");

        driver.findElement(By.cssSelector("label[for=show-waived]")).click();
        allShown("tr.finding.is-waived", true);
        allShown("tr.finding:not(.is-waived)", false);
        for (WebElement badge : all("tr.finding.is-waived td:first-child .sev")) {
            assertEquals("miễn trừ", badge.getText(), "a waived finding says so first");
            assertTrue(badge.getAttribute("class").contains("waived"), badge.getAttribute("class"));
            assertEquals("rgba(255, 255, 255, 1)", badge.getCssValue("background-color"), "not a red badge");
        }

        driver.findElement(By.cssSelector("label[for=show-all]")).click();
        allShown("tr.finding", true);
    }

    @Test
    void aLargeReportOpensClosedAndARankedAgencyLinkOpensItsFindings() {
        driver.get(province.toUri().toString());
        List<WebElement> owners = all("details.owner");
        assertTrue(owners.size() > 3, "several agencies");
        for (WebElement d : owners) {
            assertNull(d.getAttribute("open"), "closed: the page opens fast");
            assertFalse(d.findElement(By.cssSelector("tr.finding")).isDisplayed(), "a closed group hides its rows");
        }
        WebElement first = driver.findElement(By.cssSelector("#top-owners tbody tr:first-child a"));
        String target = first.getAttribute("href").replaceFirst(".*#", "");
        first.click();
        WebElement details = driver.findElement(By.id(target)).findElement(By.xpath(".."));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> details.getAttribute("open") != null);
        assertTrue(details.findElement(By.cssSelector("tr.finding")).isDisplayed());
        details.findElement(By.tagName("summary")).click();
        assertNull(details.getAttribute("open"), "a click on the agency closes it again");
    }

    @Test
    void screenshotsOfTheFirstPageAndThePrintedReport() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 2400));
        try {
            driver.get(province.toUri().toString());
            Files.write(SHOTS.resolve("html-report-first-page.png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.get(small.toUri() + "#detail");
            driver.findElement(By.cssSelector("label[for=show-error]")).click();
            Files.write(SHOTS.resolve("html-report-small-errors-only.png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
        driver.get(province.toUri().toString());
        Path pdf = SHOTS.resolve("html-report-print.pdf");
        Files.write(pdf, printToPdf());
        assertTrue(Files.size(pdf) > 10_000, "a printed report");
        PrintedPages.check(pdf, province, SHOTS);
    }

    /** As the print dialog's defaults do: the page's own A4 size, no background graphics asked for. */
    private static byte[] printToPdf() {
        Map<String, Object> result = chromium.driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        String data = (String) result.get("data");
        assertNotNull(data);
        return Base64.getDecoder().decode(data);
    }
}
