package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's side of a chat as issue 20 wants it, in Chromium against the deployed EAR: 👎 asks before a person
 * is brought in, answers follow the customer's language, labels and articles laid out by their own structure and
 * direction, handoff steps as single system lines, the tree out of the way in a live chat, an unread count, phones.
 */
@ExtendWith(NuraServer.class)
class ChatUxBrowserIT extends HostPage.WithBrowser {

    private static final String ASK = "هل تريد أن يساعدك موظف؟";
    private static final String PASSED_ON = "تم إرسال رسالتك إلى موظف خدمة العملاء.";

    @Test
    void thumbsDownAsksFirstNoKeepsTheBotYesQueues() throws Exception {
        openArabicPanel();
        b.type("ما هي الباقات المتاحة؟");
        b.waitFor(".m.bot .fb [data-r='down']").click();
        b.waitUntilText(".m.sys", ASK + "التحدث مع موظفلا، سأعيد الصياغة");
        b.all(".m.sys .opt").get(1).click(); // no, I'll rephrase
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> b.all(".m.sys .opt").isEmpty());
        assertEquals("textarea", b.js("return document.querySelector('nura-widget').shadowRoot.activeElement.tagName")
                .toString().toLowerCase(), "the input has the focus, for the rephrased question");
        String sid = b.sessionId();
        assertNotNull(sid);
        Thread.sleep(500); // a handoff, were one asked for, would be stored by now
        assertEquals("bot", Desk.sessionColumn("status", sid), "no: the bot keeps the conversation");
        assertEquals(0, Rows.ofSession("session_outcomes", sid), "no handoff row");
        assertFalse(queue().contains(sid));
        assertEquals("down", Rows.text("SELECT rating FROM message_feedback WHERE session_id = ?", sid));

        b.type("كيف أشحن رصيدي؟");
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> b.all(".m.bot").size() >= 2);
        b.all(".m.bot").get(1).findElement(By.cssSelector(".fb [data-r='down']")).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !b.all(".m.sys .opt").isEmpty());
        b.all(".m.sys .opt").get(0).click(); // yes, a person
        b.waitUntilText(".banner", "بانتظار انضمام موظف الدعم…");
        assertTrue(queue().contains(sid), "the queue lists the session");
        assertEquals("bad_feedback", Desk.sessionColumn("handoff_reason", sid));
    }

    @Test
    void anEnglishQuestionOnTheArabicPageIsAnsweredInEnglish() {
        openArabicPanel();
        b.type("hello, is 5G available?");
        WebElement answer = b.waitFor(".m.bot");
        WebElement tx = answer.findElement(By.cssSelector(".tx"));
        assertEquals("en", tx.getDomAttribute("lang"));
        assertEquals("ltr", tx.getDomProperty("dir"));
        String text = WidgetBrowser.text(tx);
        assertTrue(text.matches("(?s)[^\\p{IsArabic}]*\\p{IsLatin}{3}[^\\p{IsArabic}]*"), "English, not Arabic: " + text);
        assertEquals("en", b.js("for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i);"
                + " if (k.startsWith('nura-widget:')) { const l = JSON.parse(localStorage.getItem(k)).log;"
                + " return l[l.length - 1].lang; } }"), "the answer said which language it used");
        assertEquals("rtl", b.waitFor(".w").getDomProperty("dir"), "the interface stays Arabic");
        assertEquals("إرسال", WidgetBrowser.text(b.waitFor(".send")));

        b.type("5G");
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> b.all(".m.bot").size() >= 2);
        assertEquals("ar", b.all(".m.bot .tx").get(1).getDomAttribute("lang"), "too short to tell: the hint");
        b.screenshot("chat-ux-language");
    }

    @Test
    void symbolFirstLabelsAreRightAlignedLikeTheOthers() {
        openArabicPanel();
        assertSameRightEdge("info", "apps");
        b.clickTopic("internet");
        assertSameRightEdge("fiveg", "slow");
        b.waitFor(".tree .bk").click();
        b.clickTopic("packages");
        assertSameRightEdge("esim", "sim");
        b.screenshot("chat-ux-labels-ar");
    }

    @Test
    void phoneTargetsAre44PxAndThePageDoesNotScrollBehindThePanel() {
        b.driver.manage().window().setSize(new Dimension(390, 844));
        String tall = "<div style=\"height:3000px\">tall page</div>";
        b.get(site.add(HostSite.page("ar", "", tall + HostSite.widget("data-lang=\"ar\""))));
        assertEquals("visible", overflow());
        b.openPanel();
        assertEquals("hidden", overflow(), "scroll locked behind the full-screen panel");
        for (String id : List.of("packages", "pkg_prices")) {
            b.clickTopic(id);
        }
        WebElement article = b.waitFor(".m.bot");
        assertEquals(6, article.findElements(By.cssSelector("table tr")).size(), "the price list is a table");
        assertFalse(article.findElements(By.cssSelector("button.chip")).isEmpty());
        Map<?, ?> small = (Map<?, ?>) b.js("const r = document.querySelector('nura-widget').shadowRoot, out = {};"
                + " for (const e of r.querySelectorAll('button.chip, .fb button, .opt, .send, .x, .langs button, .human')) {"
                + "  const x = e.getBoundingClientRect(); if (x.height && (x.height < 44 || x.width < 44))"
                + "   out[e.className + ' ' + (e.dataset.r || e.dataset.id || e.textContent)] = x.width + 'x' + x.height; }"
                + " return out;");
        assertEquals(Map.of(), small, "every target at least 44 px");
        b.screenshot("chat-ux-phone-390x844");
        b.waitFor(".x").click();
        assertEquals("visible", overflow(), "restored on close");
    }

    @Test
    void aLiveChatFoldsTheTreeShowsEachStepOnceAndCountsUnreadMessages() throws Exception {
        openArabicPanel();
        b.waitFor(".tree .opt[data-id='apps']");
        b.waitFor(".human").click();
        b.waitUntilText(".banner", "بانتظار انضمام موظف الدعم…");
        String sid = b.sessionId();
        new WebDriverWait(b.driver, Duration.ofSeconds(5)).until(d -> !b.all(".tree").get(0).isDisplayed());
        b.waitFor(".tt").click();
        assertTrue(b.waitFor(".tree .opt[data-id='apps']").isDisplayed(), "one tap brings the topics back");
        b.waitFor(".tt").click();

        Desk.ok(Desk.accept(sid, "ux-agent"));
        b.waitUntilText(".m.sys", "انضم موظف الدعم إلى المحادثة");
        for (String text : List.of("مرحبا", "هل أنت هناك؟", "شكراً")) {
            int mine = b.all(".m.me").size();
            b.type(text);
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> b.all(".m.me").size() > mine
                    && b.waitFor(".send").isEnabled());
        }
        assertEquals(1, b.all(".m.sys").stream().filter(m -> PASSED_ON.equals(WidgetBrowser.text(m))).count(),
                "\"sent to an agent\" once, not after every message");
        assertTrue(b.all(".m.agent").isEmpty(), "no system line dressed as the agent");
        assertTrue(b.all(".m.sys .chip, .m.sys .fb").isEmpty());

        b.waitFor(".x").click();
        Desk.ok(Desk.reply(sid, "أهلاً، معك سارة من الدعم."));
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> b.driver.getTitle().equals("(1) host"));
        assertEquals("1", b.waitFor(".launch").getDomAttribute("data-n"));
        b.screenshot("chat-ux-unread");
        b.waitFor(".launch").click();
        assertEquals("host", b.driver.getTitle(), "the page's own title is back");
        b.waitUntilText(".m.agent .tx", "أهلاً، معك سارة من الدعم.");

        Desk.ok(Desk.resolve(sid, Json.createObjectBuilder().add("status", "resolved").build()));
        b.waitUntilText(".banner", "تم حل المحادثة");
        b.type("ما هي الباقات المتاحة؟");
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> !b.all(".banner").get(0).isDisplayed());
        assertEquals(1, b.all(".m.sys").stream().filter(m -> "تم حل المحادثة".equals(WidgetBrowser.text(m))).count());
        b.screenshot("chat-ux-live");
    }

    @Test
    void anOutOfScopeRefusalOffersAPersonAndNoConfidence() {
        b.get(site.add(HostSite.page("en", "", HostSite.widget("data-lang=\"en\""))));
        b.openPanel();
        b.type("give me a recipe for chocolate cake");
        WebElement answer = b.waitFor(".m.bot");
        assertTrue(answer.findElements(By.cssSelector(".chip.src, .chip.conf")).isEmpty(), "no Fallback · 70 %");
        answer.findElement(By.cssSelector("button.chip.hp")).click();
        b.waitUntilText(".banner", "Waiting for a support agent…");
        b.screenshot("chat-ux-refusal");
    }

    private void assertSameRightEdge(String odd, String plain) {
        b.waitFor(".tree .opt[data-id='" + odd + "']");
        Map<?, ?> edges = (Map<?, ?>) b.js("const r = document.querySelector('nura-widget').shadowRoot, out = {};"
                + " for (const id of arguments) { const e = r.querySelector(`.tree .opt[data-id='${id}']`);"
                + "  const range = document.createRange(); range.selectNodeContents(e);"
                + "  out[id] = {text: range.getBoundingClientRect().right, box: e.getBoundingClientRect().right,"
                + "   dir: getComputedStyle(e).direction}; } return out;", odd, plain);
        Map<?, ?> a = (Map<?, ?>) edges.get(odd);
        Map<?, ?> c = (Map<?, ?>) edges.get(plain);
        assertEquals("rtl", a.get("dir"), odd + " " + edges);
        assertEquals(((Number) c.get("text")).doubleValue(), ((Number) a.get("text")).doubleValue(), 1.0,
                odd + " starts at the right like " + plain + ": " + edges);
        assertEquals(((Number) c.get("box")).doubleValue(), ((Number) a.get("box")).doubleValue(), 1.0);
    }

    private String overflow() {
        return (String) b.js("return getComputedStyle(document.documentElement).overflowY");
    }

    private static String queue() {
        Api.Reply reply = Api.get("/v1/handoff/queue", Staff.agent("ux-queue").bearer());
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    /** The host site's Arabic page with the widget in Arabic, its panel open. */
    private void openArabicPanel() {
        b.get(site.add(HostSite.page("ar", "", HostSite.widget("data-lang=\"ar\""))));
        b.openPanel();
    }
}
