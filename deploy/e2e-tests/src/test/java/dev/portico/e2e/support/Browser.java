package dev.portico.e2e.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
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

/**
 * Headless Debian Chromium driven through ChromeDriver, with the flags this machine needs
 * (no sandbox as root, no background networking on a closed network). A browser may be given a
 * profile folder so that a "restart" keeps its cookies, as a real browser would.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final DemoServer server;

    private Browser(ChromeDriver driver, DemoServer server) {
        this.driver = driver;
        this.server = server;
    }

    public static Browser open(DemoServer server) {
        return open(server, null, 1280);
    }

    public static Browser open(DemoServer server, Path profile, int width) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Chromium and ChromeDriver are required at " + CHROMIUM + " and "
                    + CHROMEDRIVER + "; deploy/test.sh installs them (Debian packages chromium, chromium-driver)");
        }
        Path tmp = Path.of(System.getProperty("test.tmpdir", "target")).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + ",900");
        if (profile != null) {
            options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TMPDIR", tmp.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Browser(driver, server);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(server.url(path).toString());
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        waitUntil(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /**
     * Waits for a condition, never for a time: the limit only ends a wait that will not come true. It is generous
     * because a loaded 2-core machine runs the portal, the sandbox (200 ms per PSA call) and Chromium at once.
     */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(45))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
