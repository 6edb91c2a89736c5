package org.nura.blackbox;

import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in a browser as its users drive it: sign in, pick the interface language, wait for what appears. */
final class Console {

    private Console() {
    }

    /** Signs in from the sign-in page and waits for the console to show the user's name. */
    static void signIn(WebDriver driver, String username, String password) {
        if (!driver.getCurrentUrl().endsWith("/admin/login.xhtml")) {
            driver.get(NuraServer.baseUrl() + "/admin/login.xhtml");
        }
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).clear();
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:signin")).click();
        waitFor(driver, () -> driver.findElements(By.id("account:user-name")).isEmpty() ? null : true);
    }

    /** Signs in and switches the interface to English (new users start in Arabic), staying on the same page. */
    static void signInInEnglish(WebDriver driver, String username, String password) {
        signIn(driver, username, password);
        english(driver);
    }

    static void english(WebDriver driver) {
        if (!driver.findElements(By.id("account:lang-en")).isEmpty()) {
            driver.findElement(By.id("account:lang-en")).click();
            waitFor(driver, () -> driver.findElements(By.id("account:lang-ar")).isEmpty() ? null : true);
        }
    }

    static <T> T waitFor(WebDriver driver, Supplier<T> found) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> found.get());
    }
}
