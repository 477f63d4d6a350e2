package dxcheck;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium under Selenium, started as the workbench's browser test starts it (never a downloaded
 * browser); the test is skipped, saying why, only when the browser cannot be started on this machine.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static HeadlessChromium start(String windowSize) throws IOException {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver; .ci/run does this)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("se.avoid-browser-download", "true");
        Path profile = Files.createTempDirectory("dxcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--allow-file-access-from-files", "--window-size=" + windowSize,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            assumeTrue(false, "browser test skipped: Chromium could not be started: " + e.getMessage());
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        delete(profile);
    }

    private static void delete(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
