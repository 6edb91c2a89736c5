package org.nura.blackbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (set explicitly, so Selenium Manager never
 * tries to download a browser or driver), with helpers that reach into the widget's shadow root.
 */
final class WidgetBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String CHROMIUM = System.getProperty("nura.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("nura.it.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;

    WidgetBrowser() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1000,800", "--lang=en");
        driver = new ChromeDriver(service, options);
    }

    void get(String url) {
        driver.get(url);
    }

    SearchContext shadow() {
        return driver.findElement(By.tagName("nura-widget")).getShadowRoot();
    }

    List<WebElement> all(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    /** The first element for css inside the widget once it is displayed. */
    WebElement waitFor(String css) {
        return waitFor(css, Duration.ofSeconds(20));
    }

    WebElement waitFor(String css, Duration limit) {
        return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = all(css);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The n-th (0-based) element for css once there are more than n of them. */
    WebElement waitForNth(String css, int n) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = all(css);
            return found.size() > n ? found.get(n) : null;
        });
    }

    void waitUntilText(String css, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> all(css).stream().anyMatch(e -> e.isDisplayed() && expected.equals(text(e))));
    }

    /** Text as the DOM holds it (textContent), which is what the widget wrote; getText() would reflow it. */
    static String text(WebElement e) {
        return e.getDomProperty("textContent");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens the panel with the launcher, as a customer does, unless a reload on this origin kept it open. */
    void openPanel() {
        WebElement launcher = waitFor(".launch");
        if (!"true".equals(launcher.getDomAttribute("aria-expanded"))) {
            launcher.click();
        }
        waitFor(".panel");
    }

    /** Clicks a topic; the tree may be redrawn meanwhile (a language switch refetches it), so a stale one is sought again. */
    void clickTopic(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            waitFor(".tree .opt[data-id='" + id + "']").click();
            return true;
        });
    }

    /** Types into the message box and sends (the form's own: an end-of-chat rating box has a textarea too). */
    void type(String message) {
        WebElement input = waitFor("form textarea");
        input.clear();
        input.sendKeys(message);
        waitFor("form .send").click();
    }

    /** The session id the widget keeps in localStorage (null before the first answer). */
    String sessionId() {
        return (String) js("for (let i = 0; i < localStorage.length; i++) {"
                + " const k = localStorage.key(i); if (k.startsWith('nura-widget:'))"
                + " return JSON.parse(localStorage.getItem(k)).sid || null; } return null;");
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
