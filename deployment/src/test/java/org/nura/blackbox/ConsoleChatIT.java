package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The agents' console in Chromium: a handoff a customer just asked for appears in the live queue without a reload,
 * the agent accepts it, the customer's next message appears in the chat without a reload, the agent answers with a
 * canned reply (the customer's stream receives it) and resolves with the outcome fields (the dashboard counts it);
 * a second agent's accept of the same session says who took it; customer markup shows as text; Arabic is RTL.
 */
@ExtendWith(NuraServer.class)
class ConsoleChatIT {

    @Test
    void anAgentTakesALiveHandoffAnswersWithACannedReplyAndResolvesIt() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        String body = "Hello, this is " + marker + ", I am looking at your order now.";
        Api.Reply canned = Api.post("/v1/handoff/canned-replies", Json.createObjectBuilder()
                .add("title", "Order " + marker).add("body", body).add("lang", "en").build().toString(), Api.bearer());
        assertEquals(201, canned.status(), canned.body());
        Staff.Member agent = Staff.agent("chat-agent-one");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, agent.username(), Staff.PASSWORD);
            assertTrue(driver.getCurrentUrl().contains("/admin/handoff/queue.xhtml"), driver.getCurrentUrl());
            markPage(driver);

            Customer customer = new Customer("console-customer-" + marker);
            Desk.ok(customer.directHandoff("wants a person " + marker));
            Console.waitFor(driver, () -> acceptButton(driver, customer.sessionId()));
            assertTrue(samePage(driver), "the handoff appeared without a reload");
            assertTrue(driver.getPageSource().contains("wants a person " + marker), "the reason is listed");
            assertTrue(driver.getTitle().startsWith("("), "a title badge counts the news: " + driver.getTitle());
            JsonObject before = dashboard();
            browser.screenshot("console-queue-en");

            clickAccept(driver, customer.sessionId());
            Console.waitFor(driver, () -> driver.getCurrentUrl().contains("/handoff/chat.xhtml?session="
                    + customer.sessionId()) ? true : null);
            Console.waitFor(driver, () -> driver.findElements(By.id("compose:reply")).isEmpty() ? null : true);
            assertTrue(driver.getPageSource().contains("wants a person " + marker), "the chat shows the reason");
            markPage(driver);
            try (SseClient stream = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                    + customer.token(), 0)) {
                customer.say("Where is my order " + marker + "?");
                Console.waitFor(driver, () -> line(driver, "Where is my order " + marker + "?"));
                assertTrue(samePage(driver), "the customer's message appeared without a reload");

                WebElement search = driver.findElement(By.id("canned-search"));
                search.sendKeys("Order " + marker);
                WebElement insert = Console.waitFor(driver, () -> visibleCanned(driver, marker));
                insert.click();
                WebElement reply = driver.findElement(By.id("compose:reply"));
                assertEquals(body, reply.getDomProperty("value"), "the canned reply is in the box to edit");
                reply.sendKeys(" Thanks!");
                browser.screenshot("console-chat-en");
                reply.sendKeys(Keys.ENTER); // Enter sends
                SseClient.Event sent = nextOfType(stream, "agent_message");
                assertNotNull(sent, "the customer's stream got the agent's reply");
                assertEquals(body + " Thanks!", sent.json().getString("text"));
                Console.waitFor(driver, () -> line(driver, body + " Thanks!"));
            }

            driver.findElement(By.id("state:resolve")).click();
            Console.waitFor(driver, () -> driver.findElement(By.id("outcome:category")).isDisplayed() ? true : null);
            driver.findElement(By.id("outcome:category")).sendKeys("delivery");
            driver.findElement(By.id("outcome:root-cause")).sendKeys("late courier");
            driver.findElement(By.id("outcome:notes")).sendKeys("promised a call tomorrow " + marker);
            driver.findElement(By.id("outcome:confirm")).click();
            Console.waitFor(driver, () -> "resolved".equals(text(driver, "state:status")) ? true : null);
            assertEquals("resolved", Desk.sessionColumn("status", customer.sessionId()));
            assertEquals("delivery", Desk.outcomeColumn("issue_category", customer.sessionId()));
            assertEquals("late courier", Desk.outcomeColumn("root_cause", customer.sessionId()));
            assertEquals("resolved", Desk.outcomeColumn("status", customer.sessionId()));
            JsonObject after = dashboard();
            assertTrue(after.getJsonObject("resolution").getJsonNumber("value").doubleValue()
                    > before.getJsonObject("resolution").getJsonNumber("value").doubleValue(),
                    "the dashboard's resolution rate counts the resolved handoff: " + before + " -> " + after);
            assertEquals(before.getJsonObject("answers_by_source").getJsonObject("agent").getInt("value") + 1,
                    after.getJsonObject("answers_by_source").getJsonObject("agent").getInt("value"),
                    "and the agent's reply");
            browser.screenshot("console-chat-resolved-en");
        }
    }

    @Test
    void aSecondAgentAcceptingTheSameSessionIsToldWhoTookIt() {
        Staff.Member first = Staff.agent("chat-agent-first");
        Staff.Member second = Staff.agent("chat-agent-second");
        try (WidgetBrowser one = new WidgetBrowser(); WidgetBrowser two = new WidgetBrowser()) {
            Console.signInInEnglish(one.driver, first.username(), Staff.PASSWORD);
            Console.signInInEnglish(two.driver, second.username(), Staff.PASSWORD);
            Customer customer = Desk.pendingCustomer("console-race-" + System.nanoTime());
            Console.waitFor(one.driver, () -> acceptButton(one.driver, customer.sessionId()));
            Console.waitFor(two.driver, () -> acceptButton(two.driver, customer.sessionId()));
            // the second agent's click is already on its way: their list must not drop the row before it lands
            js(two.driver, "window.nuraRefreshQueue = function () {};");
            clickAccept(one.driver, customer.sessionId());
            Console.waitFor(one.driver, () -> one.driver.getCurrentUrl().contains("/handoff/chat.xhtml") ? true : null);
            clickAccept(two.driver, customer.sessionId());
            Console.waitFor(two.driver, () -> two.driver.getPageSource().contains("Already taken by Name of "
                    + first.username()) ? true : null);
            assertTrue(two.driver.getCurrentUrl().contains("/handoff/queue.xhtml"), "the loser stays on the queue");
            two.screenshot("console-already-taken");

            // back on the queue, the winner sees the customer's new message counted as unread, without a reload
            one.driver.findElement(By.id("back")).click();
            Console.waitFor(one.driver, () -> "0".equals(unread(one.driver, customer.sessionId())) ? true : null);
            customer.say("Are you there?");
            Console.waitFor(one.driver, () -> "1".equals(unread(one.driver, customer.sessionId())) ? true : null);
            one.screenshot("console-unread");
            one.driver.get(NuraServer.baseUrl() + "/admin/handoff/chat.xhtml?session=" + customer.sessionId());
            Console.waitFor(one.driver, () -> line(one.driver, "Are you there?"));
            one.driver.get(NuraServer.baseUrl() + "/admin/handoff/queue.xhtml");
            assertEquals("0", unread(one.driver, customer.sessionId()), "opening the chat read it");
        }
    }

    @Test
    void customerMarkupIsShownAsTextInTheQueueAndTheChat() throws Exception {
        String script = "<script>window.nuraXss = 1;</script>";
        String image = "<img src=x onerror=\"window.nuraXss = 2; alert(1)\">";
        Staff.Member agent = Staff.agent("chat-agent-markup");
        Customer customer = new Customer("console-markup-" + System.nanoTime());
        customer.say("Hello " + image);
        Desk.ok(customer.directHandoff("markup"));
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, agent.username(), Staff.PASSWORD);
            Console.waitFor(driver, () -> acceptButton(driver, customer.sessionId()));
            assertTrue(driver.getPageSource().contains("Hello &lt;img"), "the queue shows the last message as text");
            noMarkupRan(driver);
            clickAccept(driver, customer.sessionId());
            Console.waitFor(driver, () -> driver.findElements(By.id("compose:reply")).isEmpty() ? null : true);
            customer.say(script + " and " + image);
            Console.waitFor(driver, () -> line(driver, script + " and " + image));
            noMarkupRan(driver);
            driver.navigate().refresh(); // and as the server renders it
            Console.waitFor(driver, () -> line(driver, script + " and " + image));
            assertEquals("auto", line(driver, script + " and " + image).getDomAttribute("dir"));
            noMarkupRan(driver);
            browser.screenshot("console-chat-markup");
        }
    }

    @Test
    void theArabicConsoleIsRightToLeft() {
        Staff.Member agent = Staff.agent("chat-agent-arabic");
        Customer customer = new Customer("console-arabic-" + System.nanoTime());
        customer.say("مرحبا، أريد التحدث مع موظف بخصوص طلبي");
        Desk.ok(customer.directHandoff("طلب موظف"));
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signIn(driver, agent.username(), Staff.PASSWORD);
            assertEquals("rtl", driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            Console.waitFor(driver, () -> acceptButton(driver, customer.sessionId()));
            assertTrue(driver.getPageSource().contains("قائمة الانتظار المباشرة"), "the queue in Arabic");
            browser.screenshot("console-queue-ar");
            // one key accepts the oldest waiting customer (ours, unless an earlier test left one waiting)
            String oldest = driver.findElements(By.cssSelector("button.handoff-accept")).get(0)
                    .getDomAttribute("data-session");
            driver.findElement(By.tagName("body")).sendKeys("a");
            Console.waitFor(driver, () -> driver.getCurrentUrl().contains("session=" + oldest) ? true : null);
            if (!oldest.equals(customer.sessionId())) {
                driver.get(NuraServer.baseUrl() + "/admin/handoff/chat.xhtml?session=" + customer.sessionId());
                driver.findElement(By.id("state:accept")).click();
            }
            Console.waitFor(driver, () -> driver.findElements(By.id("compose:reply")).isEmpty() ? null : true);
            customer.say("Where is my order? I paid yesterday.");
            Console.waitFor(driver, () -> line(driver, "Where is my order? I paid yesterday."));
            assertEquals("rtl", driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            browser.screenshot("console-chat-ar");
        }
    }

    /** A flag in the page's window: still there later means the page was never reloaded. */
    private static void markPage(WebDriver driver) {
        js(driver, "window.nuraSamePage = true;");
    }

    private static boolean samePage(WebDriver driver) {
        return Boolean.TRUE.equals(js(driver, "return window.nuraSamePage === true;"));
    }

    private static void noMarkupRan(WebDriver driver) {
        assertEquals(null, js(driver, "return window.nuraXss === undefined ? null : window.nuraXss;"),
                "no customer markup ran");
        assertEquals(0L, js(driver, "return document.querySelectorAll('.customer-text img, .customer-text script,"
                + " #log img, #log script').length;"), "no customer markup became an element");
    }

    private static WebElement acceptButton(WebDriver driver, String sessionId) {
        List<WebElement> found = driver.findElements(By.cssSelector("button.handoff-accept[data-session='"
                + sessionId + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The unread count of one of my chats on the queue, or null while it is not listed. */
    private static String unread(WebDriver driver, String sessionId) {
        List<WebElement> found = driver.findElements(By.xpath("//span[@data-session='" + sessionId
                + "']/following-sibling::span[contains(@class,'handoff-unread')]"));
        return found.isEmpty() ? null : found.get(0).getText();
    }

    /** Clicks the session's accept button; the live queue may redraw it meanwhile, so a stale one is sought again. */
    private static void clickAccept(WebDriver driver, String sessionId) {
        Console.waitFor(driver, () -> {
            WebElement button = acceptButton(driver, sessionId);
            if (button == null) {
                return null;
            }
            button.click();
            return true;
        });
    }

    /** The chat line whose text is exactly {@code text}, once it is shown. */
    private static WebElement line(WebDriver driver, String text) {
        for (WebElement e : driver.findElements(By.cssSelector("#log .chat-text"))) {
            if (text.equals(e.getDomProperty("textContent"))) {
                return e;
            }
        }
        return null;
    }

    private static WebElement visibleCanned(WebDriver driver, String marker) {
        for (WebElement e : driver.findElements(By.cssSelector(".canned-item"))) {
            if (e.isDisplayed() && e.getDomProperty("textContent").contains(marker)) {
                return e.findElement(By.cssSelector(".canned-insert"));
            }
        }
        return null;
    }

    private static String text(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0).getText();
    }

    private static SseClient.Event nextOfType(SseClient stream, String type) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            SseClient.Event event = stream.next(Duration.ofNanos(left));
            if (event == null || type.equals(event.type())) {
                return event;
            }
        }
        return null;
    }

    private static JsonObject dashboard() {
        Api.Reply reply = Api.get("/v1/analytics/dashboard?days=1", Api.bearer());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
