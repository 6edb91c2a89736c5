package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator signs in to the console in a real browser, finds a dead escalation webhook on the background jobs
 * screen and re-drives it once the receiver works again.
 */
@ExtendWith(NuraServer.class)
class ConsoleJobsIT {

    @Test
    void anOperatorSeesADeadJobAndRedrivesItFromTheConsole() throws Exception {
        EscalationWebhookIT.DeadWebhook dead = EscalationWebhookIT.deadWebhook("console-jobs");
        String jobId = dead.jobId();
        String session = dead.sessionId();

        try (WidgetBrowser browser = new WidgetBrowser()) {
            var driver = browser.driver;
            openJobs(driver);
            WebElement row = wait(driver, () -> rowOf(driver, jobId));
            String text = row.getText();
            assertTrue(text.contains("escalation_webhook") && text.contains("receiver answered HTTP 500")
                    && text.contains("yes"), text);
            browser.screenshot("console-jobs-dead");
            row.findElement(By.cssSelector("button.redrive")).click();

            WebElement message = wait(driver, () -> driver.findElements(By.cssSelector(".ui-messages-info")).stream()
                    .findFirst().orElse(null));
            assertTrue(message.getText().contains("Job re-driven"), message.getText());
            EscalationWebhookIT.awaitJob(jobId, "done");
            assertEquals(204, NuraServer.webhooks().deliveriesFor(session).get(4).answered(),
                    "the fifth delivery, after four failed attempts, is the re-driven one");
            driver.findElement(By.id("jobs:refresh")).click();
            wait(driver, () -> rowOf(driver, jobId) == null ? true : null);
        }
    }

    /**
     * Customer text reaches the console through a job's last error (a receiver echoing what it refused): a
     * customer id that is markup stays text there, no element is made of it and no script runs.
     */
    @Test
    void customerMarkupInAJobsErrorStaysInertText() throws Exception {
        String markup = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        String jobId = EscalationWebhookIT.deadWebhook(markup).jobId();
        try (WidgetBrowser browser = new WidgetBrowser()) {
            var driver = browser.driver;
            openJobs(driver);
            WebElement row = wait(driver, () -> rowOf(driver, jobId));
            assertTrue(row.getText().contains("rejected customer " + markup), row.getText());
            assertTrue(row.findElements(By.tagName("img")).isEmpty() && row.findElements(By.tagName("script")).isEmpty(),
                    "the customer's markup made elements");
            assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a script ran");
        }
    }

    /** Signs in as the admin (the console sends signed-out operators to its login page) and opens the jobs. */
    private static void openJobs(org.openqa.selenium.WebDriver driver) {
        driver.get(NuraServer.baseUrl() + "/admin/jobs/jobs.xhtml");
        assertTrue(driver.getCurrentUrl().endsWith("/admin/login.xhtml"), "signed-out operators sign in first");
        Console.signInInEnglish(driver, "admin", NuraServer.ADMIN_PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/admin/jobs/jobs.xhtml"), "back to the page asked for: "
                + driver.getCurrentUrl());
        driver.findElement(By.id("nav-status")).click();
        wait(driver, () -> driver.findElements(By.id("overall")).isEmpty() ? null : true);
        assertEquals("ok", driver.findElement(By.id("overall")).getText(), "the console's system page");
        driver.findElement(By.id("nav-jobs")).click();
    }

    /** The table row of a job, or null while it is not shown. */
    private static WebElement rowOf(org.openqa.selenium.WebDriver driver, String jobId) {
        List<WebElement> rows = driver.findElements(
                By.xpath("//tr[.//span[contains(concat(' ', @class, ' '), ' job-id ') and normalize-space(.)='" + jobId
                        + "']]"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static <T> T wait(org.openqa.selenium.WebDriver driver, java.util.function.Supplier<T> found) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> found.get());
    }
}
