package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Canned replies by shortcut in the console's reply box, in Chromium: "/" and a shortcut's first letters narrow the
 * list, Tab or Enter puts the meant reply in the box to edit, an unfinished shortcut is never sent as a message.
 */
@ExtendWith(NuraServer.class)
class ConsoleCannedShortcutIT {

    @Test
    void aShortcutTypedInTheReplyBoxInsertsItsReplyAndIsNeverSentAsText() {
        String marker = Long.toString(System.nanoTime(), 36);
        String refund = "Your refund " + marker + " is on its way.";
        String resend = "I have sent the code " + marker + " again.";
        canned("refund" + marker, refund);
        canned("resend" + marker, resend);
        Customer customer = Desk.pendingCustomer("console-shortcut-" + marker);
        Staff.Member agent = Staff.agent("chat-agent-shortcut");
        Desk.ok(Desk.accept(customer.sessionId(), agent.username()));
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, agent.username(), Staff.PASSWORD);
            driver.get(NuraServer.baseUrl() + "/admin/handoff/chat.xhtml?session=" + customer.sessionId());
            WebElement box = Console.waitFor(driver, () -> first(driver, "compose:reply"));

            box.sendKeys("/re");
            Console.waitFor(driver, () -> visible(driver, marker).size() == 2 ? true : null);
            box.sendKeys(Keys.ENTER); // two shortcuts begin so: nothing is inserted, nothing is sent
            assertEquals("/re", box.getDomProperty("value"), "an ambiguous shortcut stays in the box");
            box.sendKeys("fund" + marker.substring(0, 2)); // "/refund" and the marker's first letters: one left
            Console.waitFor(driver, () -> visible(driver, marker).size() == 1 ? true : null);
            browser.screenshot("console-canned-shortcut");
            box.sendKeys(Keys.TAB);
            assertEquals(refund, box.getDomProperty("value"), "Tab puts the one meant reply in the box");
            assertEquals(2, visible(driver, marker).size(), "and the whole list is back");

            box.sendKeys(" Thank you.");
            box.sendKeys(Keys.ENTER); // now Enter sends the edited reply
            String sent = refund + " Thank you.";
            Console.waitFor(driver, () -> agentLines(customer).contains(sent) ? true : null);
            // the send redraws the form: the new, empty box (the old one is gone or still holds the sent text)
            WebElement sentFrom = box;
            box = Console.waitFor(driver, () -> {
                WebElement fresh = first(driver, "compose:reply");
                return fresh != null && !fresh.equals(sentFrom) && fresh.getDomProperty("value").isEmpty() ? fresh : null;
            });
            box.sendKeys("/resend" + marker);
            box.sendKeys(Keys.ENTER); // the exact shortcut: Enter inserts it too
            assertEquals(resend, box.getDomProperty("value"));
            assertEquals(List.of(sent), agentLines(customer), "only the edited reply went to the customer");
            assertFalse(agentLines(customer).stream().anyMatch(t -> t.startsWith("/")), "no shortcut was sent");
        }
    }

    private static void canned(String shortcut, String body) {
        Api.Reply reply = Api.post("/v1/handoff/canned-replies", Json.createObjectBuilder().add("title", shortcut)
                .add("body", body).add("lang", "en").build().toString(), Api.bearer());
        assertEquals(201, reply.status(), reply.body());
    }

    /** The agent's messages in the session's history, as the customer would have received them. */
    private static List<String> agentLines(Customer customer) {
        Api.Reply reply = Api.get("/v1/session/" + customer.sessionId(), Api.bearer());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("messages").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(m -> "agent".equals(m.getString("role", ""))).map(m -> m.getString("text", "")).toList();
    }

    private static List<WebElement> visible(WebDriver driver, String marker) {
        return driver.findElements(By.cssSelector(".canned-item")).stream()
                .filter(e -> e.isDisplayed() && e.getDomProperty("textContent").contains(marker)).toList();
    }

    private static WebElement first(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0);
    }
}
