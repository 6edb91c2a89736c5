package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console as each role meets it in Chromium: what the menu offers and what a URL typed by hand gets (agents:
 * no users, logs or reports; supervisors: no users), canned replies used by agents and written by supervisors,
 * the sign-in page sending back to the page first asked for, the Arabic interface right-to-left with the language
 * choice kept with the user across sign-out and sign-in, and the logs showing an attacker's text as text.
 */
@ExtendWith(NuraServer.class)
class ConsoleRolesIT {

    static final String CANNED = "/admin/handoff/canned.xhtml";

    @Test
    void anAgentCannotOpenUsersLogsOrReportsAndASupervisorCannotOpenUsers() {
        Staff.Member agent = Staff.agent("cr-agent");
        Staff.Member supervisor = Staff.supervisor("cr-super");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            signInAtInEnglish(driver, CANNED, agent.username(), Staff.PASSWORD);
            assertMenu(driver, true, false, false);
            assertRefused(driver, "/admin/security/users.xhtml");
            assertRefused(driver, "/admin/security/logs.xhtml");
            assertRefused(driver, "/admin/analytics/reports.xhtml");
            signOut(driver);

            signInAtInEnglish(driver, CANNED, supervisor.username(), Staff.PASSWORD);
            assertMenu(driver, true, true, false);
            assertRefused(driver, "/admin/security/users.xhtml");
            assertRefused(driver, "/admin/security/logs.xhtml");
        }
    }

    @Test
    void agentsSearchCannedRepliesAndSupervisorsWriteThem() {
        Staff.Member agent = Staff.agent("cr-canned-agent");
        Staff.Member supervisor = Staff.supervisor("cr-canned-super");
        try (WidgetBrowser sup = new WidgetBrowser(); WidgetBrowser ag = new WidgetBrowser()) {
            WebDriver driver = sup.driver;
            signInAtInEnglish(driver, CANNED, supervisor.username(), Staff.PASSWORD);
            addCanned(driver, "/refund-cr", "English", "Your refund <script>document.title='pwned'</script> is on its way.");
            ConsoleUsersIT.notice(driver, "Canned reply /refund-cr added.");
            addCanned(driver, "/salam-cr", "Arabic", "أهلاً بك، كيف يمكنني مساعدتك؟");
            ConsoleUsersIT.notice(driver, "Canned reply /salam-cr added.");
            WebElement row = cannedRow(driver, "/refund-cr");
            row.findElement(By.cssSelector("button[id$=':edit']")).click();
            Console.waitFor(driver, () -> "/refund-cr".equals(driver.findElement(By.id("editor:title"))
                    .getDomProperty("value")) ? true : null);
            ConsoleUsersIT.type(driver, "editor:body", "Your refund is on its way.");
            driver.findElement(By.id("editor:save")).click();
            ConsoleUsersIT.notice(driver, "Canned reply /refund-cr saved.");
            sup.screenshot("console-canned-en");

            signInAtInEnglish(ag.driver, CANNED, agent.username(), Staff.PASSWORD);
            assertTrue(ag.driver.findElements(By.id("editor")).isEmpty(), "no editor for agents");
            assertTrue(ag.driver.findElements(By.cssSelector("button[id$=':edit'], button[id$=':delete']")).isEmpty(),
                    "no edit or delete buttons for agents");
            ConsoleUsersIT.type(ag.driver, "canned:query", "salam-cr");
            Console.waitFor(ag.driver, () -> ag.driver.findElements(By.cssSelector(".canned-shortcut")).stream()
                    .map(WebElement::getText).toList().equals(java.util.List.of("/salam-cr")) ? true : null);
            assertEquals("rtl", ag.driver.findElement(By.cssSelector(".canned-body")).getCssValue("direction"),
                    "an Arabic reply right-to-left in the English interface (dir=auto)");

            cannedRow(driver, "/refund-cr").findElement(By.cssSelector("button[id$=':delete']")).click();
            Console.waitFor(driver, () -> driver.findElement(By.id("canned:confirm-yes")).isDisplayed() ? true : null);
            driver.findElement(By.id("canned:confirm-yes")).click();
            ConsoleUsersIT.notice(driver, "Canned reply deleted.");
            assertFalse(Api.get("/v1/handoff/canned-replies", Api.bearer()).body().contains("/refund-cr"));
        }
    }

    @Test
    void signedOutTheUsersPageLeadsToSignInAndBackToIt() {
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            driver.get(NuraServer.baseUrl() + "/admin/security/users.xhtml");
            assertTrue(driver.getCurrentUrl().endsWith("/admin/login.xhtml"), driver.getCurrentUrl());
            browser.screenshot("console-signin-en");
            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> "rtl".equals(driver.findElement(By.tagName("html")).getDomAttribute("dir"))
                    ? true : null);
            browser.screenshot("console-signin-ar");
            Console.signIn(driver, Staff.ADMIN, NuraServer.ADMIN_PASSWORD);
            assertTrue(driver.getCurrentUrl().endsWith("/admin/security/users.xhtml"), driver.getCurrentUrl());
            assertEquals(1, driver.findElements(By.id("users:table")).size());
        }
    }

    @Test
    void aNewUserGetsArabicRightToLeftAndTheirLanguageChoiceIsKept() {
        Staff.Member agent = Staff.agent("cr-lang");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            signInAt(driver, CANNED, agent.username(), Staff.PASSWORD);
            assertArabic(driver);
            browser.screenshot("console-canned-ar");

            Console.english(driver);
            assertEquals("ltr", driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            assertTrue(driver.getCurrentUrl().contains("/admin/handoff/canned.xhtml"), "the switch stays on the page");
            signOut(driver);
            driver.get(NuraServer.baseUrl() + CANNED);
            driver.findElement(By.id("account:lang-ar")).click(); // the sign-in page in Arabic: not the user's choice
            Console.waitFor(driver, () -> driver.findElements(By.id("account:lang-en")).isEmpty() ? null : true);
            Console.signIn(driver, agent.username(), Staff.PASSWORD);
            assertEquals("ltr", driver.findElement(By.tagName("html")).getDomAttribute("dir"), "English kept");
            assertEquals("Canned replies", driver.findElement(By.id("nav-canned")).getText());

            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> driver.findElements(By.id("account:lang-en")).isEmpty() ? null : true);
            signOut(driver);
            signInAt(driver, CANNED, agent.username(), Staff.PASSWORD);
            assertArabic(driver);
        }
    }

    @Test
    void theLogsShowAnAttackersTextAsText() {
        String agentString = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
        Api.get("/v1/handoff/queue", "Authorization", "Bearer forged.token", "User-Agent", agentString,
                "X-Request-ID", "cr-logs-1");
        Staff.create("cr-audited", "agent");
        try (WidgetBrowser browser = new WidgetBrowser()) {
            WebDriver driver = browser.driver;
            Console.signInInEnglish(driver, Staff.ADMIN, NuraServer.ADMIN_PASSWORD);
            driver.get(NuraServer.baseUrl() + "/admin/security/logs.xhtml");
            choose(driver, "logs:tabs:kind", "token_refused");
            WebElement agentCell = Console.waitFor(driver, () -> driver.findElements(By.cssSelector(".user-agent"))
                    .stream().filter(e -> e.getText().contains("onerror")).findFirst().orElse(null));
            assertEquals(agentString, agentCell.getText(), "the user agent as it was sent, as text");
            assertTrue(driver.findElements(By.cssSelector(".log-table img, .log-table script")).isEmpty());
            assertFalse("pwned".equals(driver.getTitle()), "nothing in the log ran");
            assertTrue(driver.findElements(By.cssSelector(".event-kind")).stream()
                    .allMatch(e -> "token_refused".equals(e.getText())), "only the chosen kind");
            browser.screenshot("console-logs-security-en");

            driver.findElement(By.xpath("//a[contains(.,'Audit log')]")).click();
            choose(driver, "logs:tabs:action", "user.create");
            Console.waitFor(driver, () -> driver.findElements(By.cssSelector(".audit-target")).stream()
                    .anyMatch(e -> e.getText().endsWith(":cr-audited")) ? true : null);
            browser.screenshot("console-logs-audit-en");

            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> driver.findElements(By.id("account:lang-en")).isEmpty() ? null : true);
            assertEquals("سجل الأمان", driver.findElement(By.id("logs:tabs:security_header")).getText());
            browser.screenshot("console-logs-ar");
        }
    }

    /**
     * Signs in on the way to a page (the guard sends there afterwards): the role's own start page may belong to a
     * screen that is not in this build, the canned replies page is there for every role.
     */
    static void signInAt(WebDriver driver, String path, String username, String password) {
        driver.get(NuraServer.baseUrl() + path);
        Console.signIn(driver, username, password);
        assertTrue(driver.getCurrentUrl().endsWith(path), driver.getCurrentUrl());
    }

    static void signInAtInEnglish(WebDriver driver, String path, String username, String password) {
        signInAt(driver, path, username, password);
        Console.english(driver);
    }

    private static void assertArabic(WebDriver driver) {
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals("rtl", html.getDomAttribute("dir"));
        assertEquals("ar", html.getDomAttribute("lang"));
        assertEquals("الردود الجاهزة", driver.findElement(By.id("nav-canned")).getText());
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;");
        // the brand's text, not its box: the frame lays the header out as a grid, whose items stretch
        Number brandText = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const r = document.createRange(); r.selectNodeContents(document.querySelector('.console-brand'));"
                + " return r.getBoundingClientRect().left;");
        assertTrue(brandText.doubleValue() > width / 2, "the brand on the right: " + brandText);
        WebElement table = driver.findElement(By.cssSelector(".canned-table"));
        assertTrue(table.getDomAttribute("class").contains("ui-datatable-rtl"), "PrimeFaces' table mirrored");
        WebElement firstHeader = table.findElement(By.cssSelector("thead th"));
        assertTrue(firstHeader.getRect().getX() > width / 2, "the first column on the right");
    }

    private static void assertMenu(WebDriver driver, boolean canned, boolean reports, boolean users) {
        assertEquals(canned, !driver.findElements(By.id("nav-canned")).isEmpty(), "canned replies in the menu");
        assertEquals(reports, !driver.findElements(By.id("nav-reports")).isEmpty(), "reports in the menu");
        assertEquals(users, !driver.findElements(By.id("nav-users")).isEmpty(), "users in the menu");
        assertEquals(users, !driver.findElements(By.id("nav-logs")).isEmpty(), "logs in the menu");
    }

    /** A page the role may not open: the guard's 403, never the page (and never the sign-in page). */
    private static void assertRefused(WebDriver driver, String path) {
        driver.get(NuraServer.baseUrl() + path);
        String page = driver.getPageSource();
        assertFalse(page.contains("users:table") || page.contains("logs:tabs") || page.contains("create:username"),
                path + " was shown");
        assertFalse(driver.getCurrentUrl().endsWith("/admin/login.xhtml"), path + ": still signed in, only refused");
        assertTrue(page.contains("403") || page.toLowerCase().contains("forbidden"), path + ": " + page);
    }

    private static void signOut(WebDriver driver) {
        driver.get(NuraServer.baseUrl() + CANNED);
        Console.waitFor(driver, () -> driver.findElements(By.id("account:signout")).isEmpty() ? null : true);
        driver.findElement(By.id("account:signout")).click();
        Console.waitFor(driver, () -> driver.getCurrentUrl().endsWith("/admin/login.xhtml") ? true : null);
    }

    private static void addCanned(WebDriver driver, String title, String lang, String body) {
        ConsoleUsersIT.type(driver, "editor:title", title);
        choose(driver, "editor:formlang", lang);
        ConsoleUsersIT.type(driver, "editor:body", body);
        driver.findElement(By.id("editor:save")).click();
    }

    private static WebElement cannedRow(WebDriver driver, String title) {
        return Console.waitFor(driver, () -> driver.findElements(By.xpath("//tbody[@id='canned:table_data']/tr[.//span["
                + "contains(@class,'canned-shortcut') and text()='" + title + "']]")).stream().findFirst().orElse(null));
    }

    /** Picks an option of a PrimeFaces select menu by its label, with clicks as a user does (its ajax fires). */
    private static void choose(WebDriver driver, String id, String label) {
        By item = By.xpath("//div[@id='" + id + "_panel']//li[@data-label=\"" + label + "\"]");
        // a click before PrimeFaces has bound the menu opens nothing (seen once in three whole-suite runs): click
        // again while its panel stays closed
        Console.waitFor(driver, () -> {
            if (driver.findElements(item).stream().anyMatch(WebElement::isDisplayed)) {
                return true;
            }
            driver.findElement(By.id(id)).click(); // the panel is made on the first click: not there before
            return null;
        });
        driver.findElement(item).click();
        Console.waitFor(driver, () -> label.equals(driver.findElement(By.id(id + "_label")).getText()) ? true : null);
    }
}
