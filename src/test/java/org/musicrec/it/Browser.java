package org.musicrec.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.musicrec.platform.MissingPrerequisite;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium through its chromedriver, headless, with the paths given so that Selenium
 * Manager never tries to download a browser. Screenshots go to target/screenshots for review.
 */
final class Browser implements AutoCloseable {

    /** The exact files started; {@code .ci/run} installs and checks these same paths. */
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    static final Path SCREENSHOTS = Path.of(System.getProperty("musicrec.it.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--autoplay-policy=no-user-gesture-required", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--remote-allow-origins=*");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().window().setSize(new Dimension(1400, 1100));
    }

    /**
     * Returns when chromium and chromedriver are installed; otherwise skips the calling test, or fails it
     * under {@code CI=true}, where {@code .ci/run} has installed them and a skip would hide a browser
     * test that never ran.
     */
    static void requireInstalled() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(f -> !new File(f).canExecute()).toList();
        if (!missing.isEmpty()) {
            MissingPrerequisite.stop("the browser test needs " + String.join(" and ", missing)
                    + " (apt-get install chromium chromium-driver)", System.getenv());
        }
    }

    void open(String path) {
        driver.get(base + path);
    }

    void back() {
        driver.navigate().back();
    }

    Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T await(Duration timeout, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
