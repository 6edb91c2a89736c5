package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A supervisor keeps the assistant's knowledge in the console, in a real browser: teaches an intent a phrasing the
 * model answered with another intent (and the customer's answer changes), writes an article in Arabic that the
 * articles API then serves, dismisses a knowledge gap, uploads a handbook document and sees it ingested.
 */
@ExtendWith(NuraServer.class)
class ConsoleKnowledgeIT {

    /** The shipped model reads this as "hakki"; it is a lost-signal complaint, an example of no_connection. */
    static final String PHRASING = "my phone shows emergency calls only";

    @Test
    void aSupervisorTeachesAPhrasingAndTheAnswerChanges() throws Exception {
        assertEquals("hakki", new Customer("ck-before").say(PHRASING).getString("intent"), "the phrasing is chosen"
                + " because the shipped model answers it with another intent");
        Staff.supervisor("ck-teacher");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            // signed in on the light home page first: the intents page starts the background evaluation
            Console.signInInEnglish(driver, "ck-teacher", Staff.PASSWORD);
            driver.get(NuraServer.baseUrl() + "/admin/knowledge/intents.xhtml?intent=no_connection");
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> d.findElements(By.id("intents:text"))
                    .isEmpty() ? null : true);
            // the menu's label is empty until PrimeFaces has set the widget up: wait for it, then read it
            String chosen = Console.waitFor(driver, () -> {
                String label = driver.findElement(By.id("intents:intent_label")).getText();
                return label.isBlank() ? null : label;
            });
            assertTrue(chosen.startsWith("no_connection"), chosen);
            driver.findElement(By.id("intents:text")).sendKeys(PHRASING);
            driver.findElement(By.id("intents:add")).click();
            // the click returns once the model is retrained: seconds on a quiet machine, more on a busy one
            WebElement after = new WebDriverWait(driver, Duration.ofSeconds(180)).ignoring(
                    StaleElementReferenceException.class).until(d -> d.findElements(By.id("intents:afterIntent"))
                    .stream().findFirst().orElse(null));
            assertEquals("hakki", driver.findElement(By.id("intents:beforeIntent")).getText());
            assertEquals("no_connection", after.getText(), "retrained before the page came back");
            // the intent's phrasings are paged (25 a page) and the new one is the last: open the last page
            driver.findElement(By.cssSelector("[id='intents:examples'] .ui-paginator-last")).click();
            assertTrue(Console.waitFor(driver, () -> driver.findElement(By.id("intents:examples")).getText()
                    .contains(PHRASING) ? true : null));
            Console.waitFor(driver, () -> driver.findElement(By.id("evaluation:runTable")).getText().contains("%")
                    ? true : null);
            browser.screenshot("console-knowledge-intents-en");
        }
        assertTrue(Eventually.within(Duration.ofSeconds(30), () -> "no_connection".equals(
                new Customer("ck-after-" + UUID.randomUUID()).say(PHRASING).getString("intent"))),
                "the customer's answer follows the new phrasing");
    }

    @Test
    void aSupervisorWritesAnArabicArticleThatCustomersCanRead() throws Exception {
        String title = "باقة السفر " + UUID.randomUUID().toString().substring(0, 6);
        String body = "فعّل باقة السفر من التطبيق قبل مغادرة البلد، وتعمل في ٢٠ دولة.";
        Staff.supervisor("ck-writer");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/knowledge/articles.xhtml");
            Console.signIn(driver, "ck-writer", Staff.PASSWORD);
            assertEquals("rtl", driver.findElement(By.tagName("html")).getDomAttribute("dir"), "Arabic console");
            driver.findElement(By.id("articles:new")).click();
            WebElement titleField = Console.waitFor(driver, () -> driver.findElements(By.id("articles:langs:0:title"))
                    .stream().findFirst().orElse(null));
            assertEquals("rtl", titleField.getDomAttribute("dir"));
            titleField.sendKeys(title);
            driver.findElement(By.id("articles:langs:0:body")).sendKeys(body);
            browser.screenshot("console-knowledge-article-ar");
            driver.findElement(By.id("articles:save")).click();
            WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> d.findElements(
                    By.cssSelector(".ui-messages-info")).stream().findFirst().orElse(null));
            // the Arabic notice writes the number in Arabic-Indic digits, which parseInt reads too
            Matcher id = Pattern.compile("(\\p{Nd}+)").matcher(notice.getText());
            assertTrue(id.find(), notice.getText());
            int articleId = Integer.parseInt(id.group(1));
            assertTrue(driver.findElement(By.id("articles:table")).getText().contains(title));
            browser.screenshot("console-knowledge-articles-ar");
            driver.findElement(By.id("tab-topics")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.id("topics:tree")).isEmpty()
                    ? null : true);
            browser.screenshot("console-knowledge-topics-ar");

            JsonObject served = Api.get("/v1/articles/" + articleId + "?lang=ar").json();
            assertEquals(title, served.getString("title"));
            assertEquals(body, served.getString("body"));
            assertEquals("ar", served.getString("lang"));
        }
    }

    @Test
    void aSupervisorDismissesAKnowledgeGap() throws Exception {
        String question = "do you deliver sim cards to kirkuk " + UUID.randomUUID().toString().substring(0, 8);
        Customer customer = new Customer("ck-gap-" + UUID.randomUUID());
        customer.say(question);
        flagAsGap(customer.sessionId());
        Staff.supervisor("ck-gaps");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/knowledge/gaps.xhtml");
            Console.signInInEnglish(driver, "ck-gaps", Staff.PASSWORD);
            WebElement row = Console.waitFor(driver, () -> rowWith(driver, "gaps:table", question));
            browser.screenshot("console-knowledge-gaps-en");
            row.findElement(By.cssSelector("button.dismiss")).click();
            Console.waitFor(driver, () -> driver.findElements(By.cssSelector(".ui-messages-info")).isEmpty() ? null
                    : true);
            Console.waitFor(driver, () -> rowWith(driver, "gaps:table", question) == null ? true : null);
        }
        assertEquals("dismissed", Rows.text("SELECT status FROM knowledge_gap_states WHERE normalized = ?",
                question));
    }

    @Test
    void aSupervisorUploadsAHandbookAndSeesItIngested() throws Exception {
        String name = "ck-roaming-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
        Path file = Files.createTempDirectory("ck").resolve(name);
        Files.writeString(file, "# Roaming in Turkey\n\nThe roaming day pass costs 3000 IQD and works at every"
                + " Turkish operator.\n", StandardCharsets.UTF_8);
        Staff.supervisor("ck-docs");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/knowledge/documents.xhtml");
            Console.signInInEnglish(driver, "ck-docs", Staff.PASSWORD);
            driver.findElement(By.cssSelector("#documents input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("documents:upload")).click();
            WebElement row = new WebDriverWait(driver, Duration.ofSeconds(180)).ignoring(
                    StaleElementReferenceException.class).until(d -> rowWith(d, "documents:table", name));
            assertTrue(row.getText().contains("Ingested"), row.getText());
            assertTrue(rowWith(driver, "documents:log", name).getText().contains("Ingested"));
            browser.screenshot("console-knowledge-documents-en");

            driver.findElement(By.id("tab-evaluation")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.id("evaluation:csv"))
                    .isEmpty() ? null : true);
            driver.findElement(By.id("evaluation:csv")).sendKeys("id,intent,question\nq1,packages,how much is the"
                    + " monthly bundle\nq2,esim,can I use a digital sim on my iphone\n");
            driver.findElement(By.id("evaluation:run")).click();
            WebElement questions = new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> d.findElements(
                    By.id("evaluation:questions")).stream().findFirst().orElse(null));
            assertEquals("2", questions.getText());
            assertTrue(driver.findElement(By.id("evaluation:intents")).getText().contains("packages"));
            browser.screenshot("console-knowledge-evaluation-en");
        }
    }

    /** Marks the customer's message as a knowledge gap, as the insight job does for a question nothing answers. */
    private static void flagAsGap(String sessionId) throws Exception {
        String messageId = Rows.text("SELECT message_id FROM conversation_logs WHERE session_id = ? AND role ="
                + " 'customer'", sessionId);
        assertTrue(Eventually.within(Duration.ofSeconds(30), () -> NuraServer.queryLong(
                "SELECT count(*) FROM message_insights WHERE message_id = ?", messageId) == 1));
        try (var c = NuraServer.db(); var s = c.prepareStatement(
                "UPDATE message_insights SET knowledge_gap = true WHERE message_id = ?")) {
            s.setString(1, messageId);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static WebElement rowWith(WebDriver driver, String tableId, String text) {
        return driver.findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null);
    }
}
