package org.ocppbridge.bridge.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through its chromedriver (Debian's {@code chromium} and {@code chromium-driver}; other
 * paths through {@code -Dchromium.binary} and {@code -Dwebdriver.chrome.driver}). Selenium is given both paths,
 * so it never tries to download a browser or a driver. Downloads land where {@link #downloadTo} said.
 */
final class Browser implements AutoCloseable {

    static final Duration STEP = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path screenshots;
    private Path downloads;

    Browser(Path screenshots) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        Path binary = existing("chromium.binary", "/usr/bin/chromium");
        Path driverBinary = existing("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1440,1800",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Saves later downloads in {@code dir}; headless Chromium saves nothing until told where. */
    void downloadTo(Path dir) throws IOException {
        downloads = Files.createDirectories(dir);
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Opens {@code url} in the first window, closing any other a test left open (e.g. a report's). */
    void open(String url) {
        List<String> windows = List.copyOf(driver.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            driver.switchTo().window(window).close();
        }
        driver.switchTo().window(windows.get(0));
        driver.get(url);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits (bounded) until {@code condition} gives a non-null, non-false value, and returns it. The page redraws
     * its lists as events arrive, so an element that went stale while the condition read it counts as not yet.
     */
    <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .withMessage(what)
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, STEP, condition);
    }

    /** Saves the page as {@code <name>.png} under the screenshot directory. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path existing(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new AssertionError(path + " is missing: install Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver; .ci/run does it) or set -D" + property);
        }
        return path;
    }
}
