package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Files both ways in Chromium (issue 20): a customer on a foreign site attaches an image with the widget's paperclip
 * and the agent's console chat shows it, live and without a reload, through a signed link that fetches the same
 * bytes; the agent sends a PDF from the console and the customer's widget offers it as a link that downloads it;
 * a program renamed .png is refused in the widget with the server's words.
 */
@ExtendWith(NuraServer.class)
class AttachmentsBrowserIT extends HostPage {

    @Test
    void anImageFromTheWidgetShowsInTheConsoleAndAPdfFromTheConsoleReachesTheWidget() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        Staff.Member agent = Staff.agent("files-agent-" + marker);
        byte[] png = SampleFiles.png(64, 48);
        Path pngFile = temp("receipt-" + marker + ".png", png);
        try (WidgetBrowser customer = new WidgetBrowser(); WidgetBrowser console = new WidgetBrowser()) {
            customer.get(site.add(HostSite.page("en", "", HostSite.widget("data-lang=\"en\""))));
            customer.openPanel();
            customer.waitFor(".human").click();
            customer.waitFor(".banner");
            String sid = customer.sessionId();
            assertNotNull(sid);
            assertTrue(customer.all(".clip").stream().noneMatch(WebElement::isDisplayed), "no paperclip before an agent");

            WebDriver driver = console.driver;
            Console.signInInEnglish(driver, agent.username(), Staff.PASSWORD);
            assertEquals(200, Api.post("/v1/handoff/" + sid + "/accept", null, agent.bearer()).status());
            driver.get(NuraServer.baseUrl() + "/admin/handoff/chat.xhtml?session=" + sid);
            Console.waitFor(driver, () -> driver.findElements(By.id("files:send-file")).isEmpty() ? null : true);
            ((JavascriptExecutor) driver).executeScript("document.body.setAttribute('data-same-page', 'yes')");

            WebElement clip = customer.waitFor(".clip");
            assertEquals("Attach an image or PDF", clip.getDomAttribute("aria-label"));
            assertTrue(clip.getSize().getHeight() >= 44 && clip.getSize().getWidth() >= 44, "a 44 px target");
            attach(customer, pngFile);
            WebElement shown = customer.waitFor(".m.me .att img");
            assertEquals("receipt-" + marker + ".png", shown.getDomAttribute("alt"));
            waitLoaded(customer.driver, shown);
            customer.screenshot("attachments-widget-image");

            WebElement img = Console.waitFor(driver, () -> first(driver, "#log .chat-file img.chat-image"));
            assertEquals("yes", ((JavascriptExecutor) driver).executeScript(
                    "return document.body.getAttribute('data-same-page')"), "shown live, without a reload");
            waitLoaded(driver, img);
            HttpResponse<byte[]> fetched = AttachmentsIT.fetch(img.getDomAttribute("src"));
            assertEquals(200, fetched.statusCode());
            assertArrayEquals(png, fetched.body(), "the console's link fetches the customer's bytes");

            byte[] pdf = SampleFiles.pdf("statement " + marker);
            driver.findElement(By.cssSelector("#files input[type=file]"))
                    .sendKeys(temp("كشف-" + marker + ".pdf", pdf).toString());
            driver.findElement(By.id("files:send-file")).click();
            Console.waitFor(driver, () -> first(driver, "#log .chat-file-link"));
            console.screenshot("attachments-console-chat");

            WebElement link = customer.waitFor(".m.agent a.att");
            assertTrue(WidgetBrowser.text(link).startsWith("كشف-" + marker + ".pdf ("), WidgetBrowser.text(link));
            HttpResponse<byte[]> download = AttachmentsIT.fetch(link.getDomProperty("href"));
            assertEquals(200, download.statusCode());
            assertArrayEquals(pdf, download.body(), "the customer downloads the agent's PDF");
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            attach(customer, temp("cat-" + marker + ".png", SampleFiles.exe()));
            customer.waitFor(".err");
            assertTrue(WidgetBrowser.text(customer.waitFor(".err")).contains("Windows program"),
                    WidgetBrowser.text(customer.waitFor(".err")));
            customer.screenshot("attachments-widget-refused");
        }
    }

    /** Chooses a file with the widget's paperclip input (hidden behind the button, as file inputs are). */
    private static void attach(WidgetBrowser b, Path file) {
        WebElement input = b.all("input[type=file]").get(0);
        b.js("arguments[0].hidden = false;", input);
        input.sendKeys(file.toString());
    }

    private static void waitLoaded(WebDriver driver, WebElement img) {
        Console.waitFor(driver, () -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)).intValue() > 0 ? true : null);
    }

    private static WebElement first(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }

    private static Path temp(String name, byte[] bytes) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("nura-files");
        Path file = dir.resolve(name);
        java.nio.file.Files.write(file, bytes);
        return file;
    }
}
