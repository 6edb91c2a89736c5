package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 20's live extras in Chromium against the running EAR: the widget shows the agent's display name with
 * initials, the agent's typing within a second, and after the resolve a 1-5 rating (stored, in the console's
 * dashboard) and "start a new conversation" (a new session); the console's chat shows the customer typing within a
 * second, and the agent's typing there reaches the customer's stream.
 */
@ExtendWith(NuraServer.class)
class LiveExtrasBrowserIT extends HostPage {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theWidgetNamesTheAgentShowsTypingThenRatesAndStartsOver() throws Exception {
        Staff.Member sara = LiveExtrasIT.arabicAgent("lx-browser-sara");
        try (WidgetBrowser b = new WidgetBrowser()) {
            b.get(site.add(HostSite.page("en", "", HostSite.widget("data-lang=\"en\" data-customer-id=\"lx-web-1\""))));
            b.openPanel();
            b.waitFor(".human").click();
            b.waitFor(".banner");
            String sid = b.sessionId();
            assertNotNull(sid);
            Desk.ok(Api.post("/v1/handoff/" + sid + "/accept", null, sara.bearer()));
            b.waitUntilText(".banner", "A support agent joined the chat");

            // the agent types: "<name> Typing…" within a second
            long sent = System.nanoTime();
            assertEquals(204, Api.post("/v1/handoff/" + sid + "/typing", null, sara.bearer()).status());
            new WebDriverWait(b.driver, SECOND).until(d -> b.all(".typing").stream()
                    .anyMatch(e -> e.isDisplayed() && WidgetBrowser.text(e).startsWith("سارة أحمد")));
            assertTrue(System.nanoTime() - sent < SECOND.toNanos() + 200_000_000L, "shown within about a second");
            b.screenshot("widget-agent-typing");

            Desk.ok(Api.post("/v1/handoff/" + sid + "/reply", Json.createObjectBuilder().add("text", "أهلاً، كيف أساعدك؟")
                    .build().toString(), sara.bearer()));
            b.waitUntilText(".m.agent .tx", "أهلاً، كيف أساعدك؟");
            assertEquals("سأ", WidgetBrowser.text(b.waitFor(".m.agent .who .av")), "Arabic initials");
            assertTrue(WidgetBrowser.text(b.waitFor(".m.agent .who")).contains("سارة أحمد"));
            assertTrue(b.all(".typing").stream().noneMatch(WebElement::isDisplayed), "a message ends the typing");
            b.screenshot("widget-agent-name");

            // the customer types: the agents' stream hears it within a second (the widget's first keystroke)
            try (SseClient agents = SseClient.open("/v1/handoff/stream", 0, sara.bearer())) {
                sent = System.nanoTime();
                b.waitFor("textarea").sendKeys("I have a question");
                SseClient.Event typing = LiveExtrasIT.nextOfType(agents, sid, "typing", SECOND);
                assertNotNull(typing, "the customer's typing reached the agent within a second");
                assertTrue(System.nanoTime() - sent < SECOND.toNanos());
            }
            b.waitFor("textarea").clear();

            Desk.ok(Api.post("/v1/session/" + sid + "/resolve", Json.createObjectBuilder().add("status", "resolved")
                    .build().toString(), sara.bearer()));
            WebElement box = b.waitFor(".end");
            List<WebElement> stars = b.all(".end .stars button");
            assertEquals(5, stars.size());
            for (int i = 0; i < 5; i++) {
                Rectangle r = stars.get(i).getRect();
                assertTrue(r.getWidth() >= 44 && r.getHeight() >= 44, "a 44 px touch target: " + r.getDimension());
                assertEquals((i + 1) + " of 5", stars.get(i).getDomAttribute("aria-label"));
            }
            stars.get(3).click();
            b.waitFor(".end textarea").sendKeys("quick and kind");
            b.screenshot("widget-rating");
            b.waitFor(".end .rs").click();
            b.waitUntilText(".end p", "Thanks for your feedback");
            assertEquals("4/quick and kind", Rows.text("SELECT rating || '/' || comment FROM ratings"
                    + " WHERE session_id = ?", sid));
            assertNotNull(box);

            b.waitFor(".end .nc").click(); // start a new conversation
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.all(".m").isEmpty() ? true : null);
            assertNull(b.sessionId(), "the stored session is gone");
            assertTrue(b.all(".end").isEmpty());
            b.type("hello");
            b.waitFor(".m.bot");
            String fresh = new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.sessionId());
            assertNotEquals(sid, fresh, "a new session");
            assertEquals("en", b.js("return document.querySelector('nura-widget').shadowRoot.querySelector('.w').lang"),
                    "the language stays");
            b.screenshot("widget-new-conversation");
        }
    }

    @Test
    void theConsoleChatShowsTheCustomerTypingAndSendsTheAgentsTyping() throws Exception {
        Staff.Member agent = Staff.agent("lx-console-agent");
        Customer customer = Desk.pendingCustomer("lx-console-" + System.nanoTime());
        Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/accept", null, agent.bearer()));
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, agent.username(), Staff.PASSWORD);
            driver.get(NuraServer.baseUrl() + "/admin/handoff/chat.xhtml?session=" + customer.sessionId());
            Console.waitFor(driver, () -> driver.findElements(By.id("compose:reply")).isEmpty() ? null : true);
            WebElement indicator = driver.findElement(By.id("chat-typing"));
            assertTrue(!indicator.isDisplayed(), "hidden until the customer types");
            Thread.sleep(1500); // the chat's websocket opens after the page

            long sent = System.nanoTime();
            assertEquals(204, LiveExtrasIT.customerTyping(customer, customer.token()).status());
            new WebDriverWait(driver, SECOND).until(d -> indicator.isDisplayed() ? true : null);
            assertTrue(System.nanoTime() - sent < SECOND.toNanos() + 200_000_000L);
            assertEquals("The customer is typing…", indicator.getText());
            browser.screenshot("console-customer-typing");
            new WebDriverWait(driver, Duration.ofSeconds(7)).until(d -> indicator.isDisplayed() ? null : true);

            try (SseClient stream = SseClient.open("/v1/session/" + customer.sessionId() + "/stream?token="
                    + customer.token(), 0)) {
                sent = System.nanoTime();
                driver.findElement(By.id("compose:reply")).sendKeys("Let me check");
                SseClient.Event typing = LiveExtrasIT.nextOfType(stream, customer.sessionId(), "typing", SECOND);
                assertNotNull(typing, "the agent's typing reached the customer within a second");
                assertTrue(System.nanoTime() - sent < SECOND.toNanos());
                assertEquals("Name of lx-console-agent", typing.json().getString("agent_name"));
            }
        }
    }

    @Test
    void theConsoleDashboardAndAgentsReportShowTheChatRatings() throws Exception {
        Staff.Member agent = Staff.agent("lx-rated-agent");
        Customer customer = Desk.pendingCustomer("lx-rated-" + System.nanoTime());
        Desk.ok(Api.post("/v1/handoff/" + customer.sessionId() + "/accept", null, agent.bearer()));
        Desk.ok(Api.post("/v1/session/" + customer.sessionId() + "/resolve", "{\"status\":\"resolved\"}",
                agent.bearer()));
        assertEquals(200, LiveExtrasIT.rate(customer, 5, null).status());
        Staff.Member supervisor = Staff.supervisor("lx-supervisor");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, supervisor.username(), Staff.PASSWORD);
            driver.get(NuraServer.baseUrl() + "/admin/analytics/dashboard.xhtml");
            String count = Console.waitFor(driver, () -> text(driver, "[data-kpi='ratings'] .kpi-value"));
            assertTrue(Long.parseLong(count.replace(",", "")) >= 1, count);
            String mean = text(driver, "[data-kpi='rating_average'] .kpi-value");
            assertTrue(mean.matches("[1-5]\\.\\d\\d"), "the mean rating is shown: " + mean);
            browser.screenshot("console-dashboard-rating");
        }
    }

    private static String text(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getText().trim();
    }
}
