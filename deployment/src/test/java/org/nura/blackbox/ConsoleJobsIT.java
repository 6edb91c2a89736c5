package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
            driver.get(NuraServer.baseUrl() + "/admin/jobs/jobs.xhtml");
            assertTrue(driver.getCurrentUrl().endsWith("/admin/login.xhtml"), "signed-out operators sign in first");
            driver.findElement(By.id("login:username")).sendKeys("admin");
            driver.findElement(By.id("login:password")).sendKeys(NuraServer.ADMIN_PASSWORD);
            driver.findElement(By.id("login:signin")).click();
            wait(driver, () -> driver.findElements(By.id("nav-jobs")).isEmpty() ? null : true);
            assertEquals("ok", driver.findElement(By.id("overall")).getText(), "the console's status page");
            driver.findElement(By.id("nav-jobs")).click();

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

    /** The table row of a job, or null while it is not shown. */
    private static WebElement rowOf(org.openqa.selenium.WebDriver driver, String jobId) {
        List<WebElement> rows = driver.findElements(
                By.xpath("//tr[.//span[@class='job-id' and normalize-space(.)='" + jobId + "']]"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static <T> T wait(org.openqa.selenium.WebDriver driver, java.util.function.Supplier<T> found) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> found.get());
    }
}
