package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The users screen in Chromium as an admin works it: creates a user with the keyboard alone, who then signs in;
 * changes their roles (they sign in again and get the new menu); sets a password; and meets the boundary's
 * refusals (weak password, taken name, last admin) as messages. The first admin stays the only admin, so other
 * tests' last-admin checks still hold.
 */
@ExtendWith(NuraServer.class)
class ConsoleUsersIT {

    static final String USERS = "/admin/security/users.xhtml";

    @Test
    void anAdminCreatesAUserByKeyboardWhoSignsInAndGetsNewRoles() {
        try (WidgetBrowser admin = new WidgetBrowser(); WidgetBrowser member = new WidgetBrowser()) {
            WebDriver driver = admin.driver;
            ConsoleRolesIT.signInAtInEnglish(driver, USERS, Staff.ADMIN, NuraServer.ADMIN_PASSWORD);
            createByKeyboard(driver, "cu-made", "Made in the Console", Staff.PASSWORD);
            notice(driver, "User cu-made created.");
            assertTrue(row(driver, "cu-made").getText().contains("Made in the Console"));
            assertTrue(row(driver, "cu-made").getText().contains("Agent"), row(driver, "cu-made").getText());
            assertTrue(row(driver, "cu-made").getText().contains("never"), "no sign-in yet");
            admin.screenshot("console-users-en");

            ConsoleRolesIT.signInAt(member.driver, ConsoleRolesIT.CANNED, "cu-made", Staff.PASSWORD);
            assertEquals(1, member.driver.findElements(By.id("nav-queue")).size(), "an agent's menu");
            assertTrue(member.driver.findElements(By.id("nav-dashboard")).isEmpty());

            driver.navigate().refresh();
            assertFalse(row(driver, "cu-made").getText().contains("never"), "the sign-in is shown");
            edit(driver, "cu-made");
            tick(driver, "edit:roles", 0); // agent off
            tick(driver, "edit:roles", 1); // supervisor on
            driver.findElement(By.id("edit:save")).click();
            notice(driver, "User cu-made saved.");
            assertTrue(row(driver, "cu-made").getText().contains("Supervisor"), row(driver, "cu-made").getText());

            member.driver.get(NuraServer.baseUrl() + ConsoleRolesIT.CANNED);
            assertTrue(member.driver.getCurrentUrl().endsWith("/admin/login.xhtml"), "new roles: sign in again");
            Console.signIn(member.driver, "cu-made", Staff.PASSWORD);
            assertEquals(1, member.driver.findElements(By.id("nav-dashboard")).size(), "a supervisor's menu");
            assertTrue(member.driver.findElements(By.id("nav-users")).isEmpty(), "still no users screen");

            edit(driver, "cu-made");
            driver.findElement(By.id("edit:newpassword")).sendKeys("a-new-password-for-cu", Keys.ENTER); // not Save
            notice(driver, "New password set for cu-made");
            assertEquals(401, Staff.login("cu-made", Staff.PASSWORD).status(), "the old password is gone");
            assertEquals(200, Staff.login("cu-made", "a-new-password-for-cu").status());
        }
    }

    @Test
    void theBoundarysRefusalsAreClearMessages() {
        Staff.create("cu-taken", "agent");
        try (WidgetBrowser admin = new WidgetBrowser()) {
            WebDriver driver = admin.driver;
            ConsoleRolesIT.signInAtInEnglish(driver, USERS, Staff.ADMIN, NuraServer.ADMIN_PASSWORD);

            create(driver, "cu-weak", "Weak", "short");
            notice(driver, "Password refused: it needs at least 12 characters");
            assertTrue(driver.findElements(By.xpath(rowXpath("cu-weak"))).isEmpty(), "not created");

            create(driver, "cu-taken", "Taken", Staff.PASSWORD);
            notice(driver, "This user name is taken");

            create(driver, "bad name!", "Bad", Staff.PASSWORD);
            notice(driver, "Not saved: a user name has 2 to 64 letters");

            driver.findElement(By.id("create:username")).clear();
            driver.findElement(By.id("create:displayname")).clear();
            driver.findElement(By.id("create:submit")).click();
            notice(driver, "Enter a user name.");
            notice(driver, "Enter a password.");

            edit(driver, Staff.ADMIN);
            tick(driver, "edit:active", -1);
            driver.findElement(By.id("edit:save")).click();
            notice(driver, "Not saved: this is the last active admin");
            assertTrue(row(driver, Staff.ADMIN).getText().contains("Active"), "the admin stays active");

            edit(driver, "cu-taken");
            driver.findElement(By.id("edit:newpassword")).sendKeys("cu-taken");
            driver.findElement(By.id("edit:setpassword")).click();
            notice(driver, "Password refused");
            admin.screenshot("console-users-refused-en");

            Console.waitFor(driver, () -> driver.findElements(By.id("account:lang-ar")).isEmpty() ? null : true);
            driver.findElement(By.id("account:lang-ar")).click();
            Console.waitFor(driver, () -> driver.findElements(By.id("account:lang-en")).isEmpty() ? null : true);
            create(driver, "cu-weak-ar", "ضعيف", "short");
            notice(driver, "كلمة المرور مرفوضة");
            assertEquals("rtl", driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            admin.screenshot("console-users-ar");
        }
    }

    /** Types the create form with the keyboard only: tab order is user name, display name, password, roles, button. */
    private static void createByKeyboard(WebDriver driver, String username, String displayName, String password) {
        driver.findElement(By.id("create:username")).click();
        assertEquals("create:username", active(driver).getDomAttribute("id"));
        new Actions(driver).sendKeys(username).sendKeys(Keys.TAB).sendKeys(displayName).sendKeys(Keys.TAB)
                .sendKeys(password).sendKeys(Keys.TAB).perform();
        assertEquals("create:roles:0", active(driver).getDomAttribute("id"), "the first role after the password");
        new Actions(driver).sendKeys(Keys.SPACE).perform(); // agent
        for (int i = 0; i < 5 && !"create:submit".equals(active(driver).getDomAttribute("id")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals("create:submit", active(driver).getDomAttribute("id"), "the button after the roles");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    static void create(WebDriver driver, String username, String displayName, String password) {
        type(driver, "create:username", username);
        type(driver, "create:displayname", displayName);
        type(driver, "create:password", password);
        WebElement agentBox = driver.findElement(By.id("create:roles:0"));
        if (!agentBox.isSelected()) {
            tick(driver, "create:roles", 0);
        }
        driver.findElement(By.id("create:submit")).click();
    }

    static void edit(WebDriver driver, String username) {
        row(driver, username).findElement(By.cssSelector("button[id$=':edit']")).click();
        Console.waitFor(driver, () -> driver.findElements(By.id("edit:displayname")).isEmpty() ? null : true);
        Console.waitFor(driver, () -> driver.findElement(By.id("edit:panel")).getText().contains(username) ? true : null);
    }

    /** Clicks a PrimeFaces checkbox (its visible box), the n-th of a group or the single one for n < 0. */
    static void tick(WebDriver driver, String id, int n) {
        String input = n < 0 ? id + "_input" : id + ":" + n;
        driver.findElement(By.xpath("//input[@id='" + input + "']/../following-sibling::div[contains(@class,"
                + "'ui-chkbox-box')]")).click();
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    static String rowXpath(String username) {
        return "//tbody[@id='users:table_data']/tr[.//span[contains(@class,'user-login') and text()='" + username
                + "']]";
    }

    static WebElement row(WebDriver driver, String username) {
        return Console.waitFor(driver, () -> {
            List<WebElement> rows = driver.findElements(By.xpath(rowXpath(username)));
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    /** Waits until the page's messages say this (they replace each other on every action). */
    static void notice(WebDriver driver, String text) {
        Console.waitFor(driver, () -> driver.findElements(By.cssSelector(".ui-messages")).stream()
                .anyMatch(m -> m.getText().contains(text)) ? true : null);
    }

    static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }
}
