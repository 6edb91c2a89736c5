package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The supervisors' analytics screens in Chromium: the dashboard's KPIs and its three charts drawn under the
 * console's CSP, a change of period; the report's tabs, a filter and a section's CSV; a session found by what its
 * customer wrote and its history with source and confidence; an admin's export of the customer; and an agent
 * kept out of all of them.
 */
@ExtendWith(NuraServer.class)
class ConsoleAnalyticsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** A made-up word only this run's customer wrote (letters no fold changes). */
    private static final String WORD = "qzv" + RUN.replaceAll("[^a-f]", "") + "kwx";
    private static final String MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    private static Customer asker;
    private static Customer handedOff;
    private static Staff.Member supervisor;

    /** A conversation answered by the assistant and one handed to an agent who resolves it, both today. */
    @BeforeAll
    static void conversations() {
        asker = new Customer("console-asker-" + RUN);
        asker.say("Hello, my router " + WORD + " keeps blinking red " + MARKUP);
        handedOff = new Customer("console-handoff-" + RUN);
        handedOff.say("My bill is wrong this month");
        assertEquals(200, handedOff.directHandoff("").status(), "the person button, reason direct_button");
        Desk.ok(Desk.accept(handedOff.sessionId(), "console-agent-" + RUN));
        Desk.ok(Desk.resolve(handedOff.sessionId(), Json.createObjectBuilder().add("status", "resolved")
                .add("issue_category", "billing").add("root_cause", "user_error").build()));
        supervisor = Staff.supervisor("console-supervisor-" + RUN);
    }

    @Test
    void aSupervisorReadsTheDashboardWithItsChartsAndSwitchesThePeriod() {
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/analytics/dashboard.xhtml");
            Console.signInInEnglish(driver, supervisor.username(), Staff.PASSWORD);
            assertTrue(driver.getCurrentUrl().contains("/admin/analytics/dashboard.xhtml"), driver.getCurrentUrl());
            long conversations = kpi(driver, "conversations");
            assertTrue(conversations >= 2, "today's two conversations at least: " + conversations);
            for (String chart : List.of("activity", "sources", "reasons")) {
                assertChartDrawn(browser, chart);
            }
            assertTrue(text(driver, "period-text").contains(LocalDate.now(ZoneOffset.UTC).minusDays(29).toString()),
                    "30 days by default: " + text(driver, "period-text"));
            browser.screenshot("console-dashboard-en");

            driver.findElement(By.cssSelector("button.period-7")).click();
            String weekStart = LocalDate.now(ZoneOffset.UTC).minusDays(6).toString();
            Console.waitFor(driver, () -> text(driver, "period-text").contains(weekStart) ? true : null);
            assertTrue(kpi(driver, "conversations") >= 2, "the week holds today's conversations too");
            assertChartDrawn(browser, "activity");
            assertEquals(7L, browser.js("const c = Chart.getChart(document.querySelector('[id$=\"activity\"] canvas'));"
                    + " return c.data.labels.length;"), "one point per day of the week");

            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> "rtl".equals(driver.findElement(By.tagName("html")).getDomAttribute("dir"))
                    ? true : null);
            assertChartDrawn(browser, "sources");
            assertTrue(driver.findElement(By.cssSelector("[data-kpi='conversations'] .kpi-label")).getText()
                    .contains("المحادثات"));
            browser.screenshot("console-dashboard-ar");
        }
    }

    @Test
    void aSupervisorSwitchesReportTabsFiltersAndDownloadsTheShownSectionAsCsv() {
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/analytics/reports.xhtml");
            Console.signInInEnglish(driver, supervisor.username(), Staff.PASSWORD);
            Console.waitFor(driver, () -> present(driver, "report:tabs:table-knowledge_gaps"));
            driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='Handoffs']")).click();
            WebElement handoffs = Console.waitFor(driver, () -> present(driver, "report:tabs:table-handoffs"));
            Console.waitFor(driver, () -> handoffs.getText().contains("direct_button") ? true : null);
            browser.screenshot("console-reports-en");

            driver.findElement(By.id("filters:category")).sendKeys("billing");
            driver.findElement(By.id("filters:apply")).click();
            Console.waitFor(driver, () -> driver.getCurrentUrl().contains("category=billing") ? true : null);
            assertTrue(driver.getCurrentUrl().contains("section=handoffs"), "the shown tab stays: "
                    + driver.getCurrentUrl());
            WebElement filtered = Console.waitFor(driver, () -> present(driver, "report:tabs:table-handoffs"));
            assertTrue(filtered.getText().contains("direct_button"), "the billing handoff: " + filtered.getText());

            Map<?, ?> csv = postForm(browser, "report", "report:tabs:csv-handoffs");
            assertEquals(200L, csv.get("status"));
            // the same media type, spelt by each server its own way ("; charset=UTF-8" on Payara, ";charset=UTF-8")
            assertEquals("text/csv;charset=utf-8", String.valueOf(csv.get("type")).replace(" ", "").toLowerCase());
            assertEquals("attachment; filename=\"nura-handoffs-30d.csv\"", csv.get("disposition"));
            String body = (String) csv.get("text");
            assertTrue(body.startsWith("\uFEFFreason,channel,handoffs,accepted,median_seconds_to_accept,"
                    + "p90_seconds_to_accept\r\n"), body);
            assertTrue(body.contains("direct_button,web,"), "the filtered handoff's row: " + body);

            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> present(driver, "report:tabs:table-handoffs"));
            browser.screenshot("console-reports-ar");
        }
    }

    @Test
    void aSupervisorFindsASessionByWhatTheCustomerWroteAndReadsItsHistory() {
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/conversation/sessions.xhtml");
            Console.signInInEnglish(driver, supervisor.username(), Staff.PASSWORD);
            driver.findElement(By.id("search:q")).sendKeys(WORD);
            driver.findElement(By.id("search:go")).click();
            Console.waitFor(driver, () -> driver.getCurrentUrl().contains("q=" + WORD) ? true : null);
            List<WebElement> rows = driver.findElements(By.cssSelector("tr.session-row"));
            assertEquals(1, rows.size(), "only this run's customer wrote the word");
            WebElement match = rows.get(0).findElement(By.cssSelector(".session-match"));
            assertTrue(match.getText().contains(WORD) && match.getText().contains(MARKUP), match.getText());
            assertEquals("auto", match.getDomAttribute("dir"));
            browser.screenshot("console-sessions-en");

            rows.get(0).findElement(By.cssSelector("a.session-open")).click();
            Console.waitFor(driver, () -> present(driver, "status"));
            WebElement answer = driver.findElement(By.cssSelector("li.history-assistant"));
            assertTrue(answer.findElement(By.cssSelector(".history-source")).getText().startsWith("Source: "),
                    answer.getText());
            assertTrue(answer.findElement(By.cssSelector(".history-confidence")).getText()
                    .matches("Confidence: \\d\\.\\d\\d"), answer.getText());
            WebElement said = driver.findElement(By.cssSelector("li.history-customer .history-text"));
            assertTrue(said.getText().contains(MARKUP), "the customer's markup is shown as text");
            assertTrue(driver.findElements(By.cssSelector("ol.history img, ol.history script")).isEmpty(),
                    "no element made of it");
            assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a script ran");
            assertTrue(driver.findElements(By.id("export:export-customer")).isEmpty(), "supervisors do not export");
            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> present(driver, "status"));
            browser.screenshot("console-session-ar");
        }
    }

    @Test
    void anAdminExportsTheCustomerOfASession() {
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/conversation/session.xhtml?id=" + asker.sessionId());
            Console.signInInEnglish(driver, Staff.ADMIN, NuraServer.ADMIN_PASSWORD);
            Console.waitFor(driver, () -> present(driver, "export:export-customer"));
            Map<?, ?> export = postForm(browser, "export", "export:export-customer");
            assertEquals(200L, export.get("status"));
            assertEquals("attachment; filename=\"customer-export.json\"", export.get("disposition"));
            JsonObject json = Json.createReader(new StringReader((String) export.get("text"))).readObject();
            assertEquals(asker.customerId(), json.getString("customer_id"));
            assertEquals(asker.sessionId(), json.getJsonArray("session_ids").getString(0));
            assertTrue(json.getJsonObject("tables").toString().contains(WORD), "the customer's message is in it");
        }
    }

    @Test
    void anAgentNeitherSeesNorOpensTheSupervisorsScreens() throws Exception {
        Staff.Member agent = Staff.agent("console-plain-agent-" + RUN);
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, agent.username(), Staff.PASSWORD);
            for (String entry : List.of("nav-dashboard", "nav-reports", "nav-sessions")) {
                assertTrue(driver.findElements(By.id(entry)).isEmpty(), entry + " is not in an agent's menu");
            }
            String cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpClient http = HttpClient.newHttpClient();
            for (String page : List.of("/admin/analytics/reports.xhtml", "/admin/analytics/dashboard.xhtml",
                    "/admin/conversation/sessions.xhtml", "/admin/conversation/session.xhtml?id="
                            + asker.sessionId())) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(NuraServer.baseUrl() + page))
                        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(403, answer.statusCode(), page);
                assertFalse(answer.body().contains(WORD), page);
            }
            HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create(NuraServer.baseUrl()
                    + "/admin/index.xhtml")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertNotEquals(403, own.statusCode(), "the same cookie opens the agent's own console");
        }
    }

    /** The KPI's value as a number (English digits and separators). */
    private static long kpi(WebDriver driver, String id) {
        return Long.parseLong(driver.findElement(By.cssSelector("[data-kpi='" + id + "'] .kpi-value")).getText()
                .replace(",", ""));
    }

    /** Chart.js made a chart on the canvas (the script ran under the CSP) and drew it at a size. */
    private static void assertChartDrawn(WidgetBrowser browser, String id) {
        Object drawn = Console.waitFor(browser.driver, () -> browser.js("const canvas = document.querySelector("
                + "'[id$=\"" + id + "\"] canvas'); if (!canvas || !window.Chart) return null;"
                + " const chart = Chart.getChart(canvas); return chart && canvas.width > 0"
                + " && chart.data.datasets.length > 0 ? true : null;"));
        assertEquals(Boolean.TRUE, drawn, id);
    }

    /** Posts a form as its button would, from the page (its cookie, its view state); status, headers and body. */
    private static Map<?, ?> postForm(WidgetBrowser browser, String formId, String buttonId) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " const form = document.getElementById(arguments[0]); const data = new FormData(form);"
                        + " data.append(arguments[1], arguments[1]);"
                        + " data.set('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                        + " fetch(form.action, {method: 'POST', body: new URLSearchParams(data)})"
                        + " .then(r => r.arrayBuffer().then(b => done({status: r.status,"
                        + " type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),"
                        + " text: (new Uint8Array(b)[0] === 0xEF ? '\\uFEFF' : '')"
                        + " + new TextDecoder('utf-8').decode(b)})))"
                        + " .catch(e => done({status: -1, text: String(e)}));", formId, buttonId);
        return (Map<?, ?>) answer;
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static WebElement present(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0);
    }
}
