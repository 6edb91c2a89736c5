package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in Chromium with the NURA users: an agent signs in, sees their name and role and no jobs screen (and
 * is refused it by URL), signs out and is out; an admin sees the jobs screen; a disabled user is out on the next page.
 */
@ExtendWith(NuraServer.class)
class ConsoleLoginIT {

    @Test
    @Tag(NuraServer.SMOKE)
    void anAgentSeesTheirNameAndARoleLimitedMenuAndSignsOut() {
        Staff.Member agent = Staff.agent("console-agent");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            signIn(driver, agent.username(), "wrong password here");
            waitFor(driver, () -> driver.getPageSource().contains("Wrong user name or password") ? true : null);
            Console.signIn(driver, agent.username(), Staff.PASSWORD);
            assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"), "new users start in Arabic");
            Console.english(driver);
            assertEquals("ltr", driver.findElement(By.tagName("html")).getAttribute("dir"));
            assertEquals("Name of console-agent", driver.findElement(By.id("account:user-name")).getText());
            assertEquals("agent", driver.findElement(By.id("account:user-roles")).getText());
            assertTrue(driver.findElements(By.id("nav-jobs")).isEmpty(), "no jobs screen in an agent's menu");
            assertTrue(driver.findElements(By.id("nav-status")).isEmpty(), "no system screen in an agent's menu");
            assertEquals(1, driver.findElements(By.id("nav-queue")).size(), "the live queue in an agent's menu");
            assertTrue(driver.getCurrentUrl().contains("/admin/handoff/queue.xhtml"), "agents start at the queue");
            browser.screenshot("console-agent-menu");

            driver.get(NuraServer.baseUrl() + "/admin/jobs/jobs.xhtml");
            assertFalse(driver.getPageSource().contains("job-id") || driver.getPageSource().contains("jobs:refresh"),
                    "the jobs screen refused by URL too");

            driver.get(NuraServer.baseUrl() + "/admin/index.xhtml");
            Console.waitFor(driver, () -> driver.findElements(By.id("account:signout")).isEmpty() ? null : true);
            driver.findElement(By.id("account:signout")).click();
            waitFor(driver, () -> driver.getCurrentUrl().endsWith("/admin/login.xhtml") ? true : null);
            driver.get(NuraServer.baseUrl() + "/admin/index.xhtml");
            assertTrue(driver.getCurrentUrl().endsWith("/admin/login.xhtml"), "signed out: back to the sign-in page");
        }
    }

    @Test
    void anAdminSeesTheJobsScreenAndADisabledUserIsOutOnTheNextPage() {
        Staff.Member victim = Staff.member("console-disabled", "supervisor");
        try (WidgetBrowser admin = new WidgetBrowser(); WidgetBrowser user = new WidgetBrowser()) {
            Console.signIn(admin.driver, Staff.ADMIN, NuraServer.ADMIN_PASSWORD);
            waitFor(admin.driver, () -> admin.driver.findElements(By.id("nav-jobs")).isEmpty() ? null : true);
            assertEquals("admin", admin.driver.findElement(By.id("account:user-roles")).getText());

            Console.signIn(user.driver, victim.username(), Staff.PASSWORD);
            assertEquals(200, Api.send("PATCH", "/v1/users/" + victim.id(), "{\"active\":false}", Api.bearer()).status());
            user.driver.get(NuraServer.baseUrl() + "/admin/index.xhtml");
            assertTrue(user.driver.getCurrentUrl().endsWith("/admin/login.xhtml"), "disabled: signed out at once");
        }
    }

    private static void signIn(WebDriver driver, String username, String password) {
        driver.get(NuraServer.baseUrl() + "/admin/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:signin")).click();
    }

    private static <T> T waitFor(WebDriver driver, java.util.function.Supplier<T> found) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> found.get());
    }
}
