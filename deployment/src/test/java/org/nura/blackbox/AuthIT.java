package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and the life of a token — the original's tests 9 (admin login and me), 10 (a token fails after a version,
 * role or active change) and 11 (role, active and password changes bump the token version) — plus sign-out, the
 * users API's refusals and the audit rows it leaves.
 */
@ExtendWith(NuraServer.class)
class AuthIT {

    @Test
    void theFirstAdminSignsInAndMeSaysWhoItIs() throws Exception {
        Api.Reply login = Staff.login(Staff.ADMIN, NuraServer.ADMIN_PASSWORD);
        assertEquals(200, login.status(), login.body());
        JsonObject body = login.json();
        assertTrue(OffsetDateTime.parse(body.getString("expires_at")).isAfter(OffsetDateTime.now()));
        JsonObject user = body.getJsonObject("user");
        assertEquals("admin", user.getString("username"));
        assertEquals("[\"admin\"]", user.getJsonArray("roles").toString());
        assertTrue(user.containsKey("display_name") && user.containsKey("id"), user.toString());

        String[] bearer = {"Authorization", "Bearer " + body.getString("token")};
        JsonObject me = Api.get("/v1/auth/me", bearer).json();
        assertEquals("admin", me.getString("username"));
        assertEquals(user.getJsonNumber("id").toString(), me.getString("id"));
        assertTrue(me.getJsonArray("roles").toString().contains("admin"));
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM users WHERE username = 'admin'"
                + " AND last_login_at IS NOT NULL AND password_hash LIKE 'PBKDF2WithHmacSHA256:%'"));
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSame401() {
        Api.Reply wrong = Staff.login(Staff.ADMIN, "not-the-password");
        Api.Reply unknown = Staff.login("nobody-at-all", "not-the-password");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().getJsonObject("error").getString("message"),
                unknown.json().getJsonObject("error").getString("message"), "no hint which user names exist");
        assertEquals(400, Api.post("/v1/auth/login", "{}").status());
        assertEquals(401, Api.get("/v1/auth/me", "Authorization", "Bearer not.a-token").status());
    }

    @Test
    void aTokenDiesWhenItsUsersRolesChange() throws Exception {
        Staff.Member member = fresh("auth-roles");
        long before = version(member);
        assertEquals(200, patch(member, "{\"roles\":[\"agent\",\"supervisor\"]}").status());
        assertEquals(before + 1, version(member), "a role change bumps the token version");
        assertEquals(401, Api.get("/v1/auth/me", member.bearer()).status(), "the old token is dead at once");
        assertEquals(200, patch(member, "{\"display_name\":\"Just A New Name\"}").status());
        assertEquals(before + 1, version(member), "a new display name leaves tokens alone");
    }

    @Test
    void aTokenDiesWhenItsUserIsDisabledAndADisabledUserCannotSignIn() throws Exception {
        Staff.Member member = fresh("auth-active");
        long before = version(member);
        assertEquals(200, patch(member, "{\"active\":false}").status());
        assertEquals(before + 1, version(member));
        assertEquals(401, Api.get("/v1/handoff/queue", member.bearer()).status());
        assertEquals(401, Staff.login(member.username(), Staff.PASSWORD).status());
        assertEquals(200, patch(member, "{\"active\":true}").status());
        assertEquals(200, Staff.login(member.username(), Staff.PASSWORD).status());
    }

    @Test
    void aTokenDiesWhenItsUsersPasswordChanges() throws Exception {
        Staff.Member member = fresh("auth-password");
        long before = version(member);
        String path = "/v1/users/" + member.id() + "/password";
        assertEquals(400, Api.post(path, "{\"password\":\"short\"}", Api.bearer()).status(), "too weak");
        assertEquals(400, Api.post(path, "{\"password\":\"auth-password\"}", Api.bearer()).status(), "the user name");
        assertEquals(200, Api.post(path, "{\"password\":\"a brand new passphrase\"}", Api.bearer()).status());
        assertEquals(before + 1, version(member));
        assertEquals(401, Api.get("/v1/auth/me", member.bearer()).status());
        assertEquals(401, Staff.login(member.username(), Staff.PASSWORD).status());
        assertEquals(200, Staff.login(member.username(), "a brand new passphrase").status());
    }

    @Test
    void signingOutEndsThatTokenOnly() {
        Staff.Member member = fresh("auth-logout");
        Staff.Member second = Staff.signIn(member.username(), Staff.PASSWORD);
        assertEquals(204, Api.post("/v1/auth/logout", null, member.bearer()).status());
        assertEquals(401, Api.get("/v1/auth/me", member.bearer()).status(), "signed out at once");
        assertEquals(200, Api.get("/v1/auth/me", second.bearer()).status(), "the user's other sign-in goes on");
    }

    @Test
    void usersApiRefusesBadInputAndKeepsTheLastAdmin() throws Exception {
        assertEquals(201, Api.post("/v1/users", body("auth-dup", "agent"), Api.bearer()).status());
        assertEquals(409, Api.post("/v1/users", body("Auth-Dup", "agent"), Api.bearer()).status(),
                "user names are unique without case");
        assertEquals(400, Api.post("/v1/users", body("auth-bad-role", "root"), Api.bearer()).status());
        assertEquals(400, Api.post("/v1/users", body("x y", "agent"), Api.bearer()).status());
        assertEquals(404, Api.send("PATCH", "/v1/users/987654321", "{\"active\":false}", Api.bearer()).status());

        JsonObject second = Staff.create("auth-second-admin", "admin");
        String secondId = second.getJsonNumber("id").toString();
        assertEquals(200, Api.send("PATCH", "/v1/users/" + secondId, "{\"roles\":[\"agent\"]}", Api.bearer()).status(),
                "another admin is left");
        String adminId = Staff.admin().id();
        Api.Reply last = Api.send("PATCH", "/v1/users/" + adminId, "{\"active\":false}", Api.bearer());
        assertEquals(409, last.status(), last.body());
        assertEquals("last_admin", last.json().getJsonObject("error").getString("code"));
        assertEquals(409, Api.send("PATCH", "/v1/users/" + adminId, "{\"roles\":[\"supervisor\"]}", Api.bearer()).status());
        assertEquals(200, Api.get("/v1/auth/me", Staff.admin().bearer()).status(), "the admin is untouched");

        String rows = Api.get("/v1/audit?action=user.update", Api.bearer()).body();
        assertTrue(rows.contains("user:" + secondId + ":auth-second-admin") && rows.contains("\"actor\":\"api-key\""),
                rows);
    }

    private static String body(String username, String role) {
        return Json.createObjectBuilder().add("username", username).add("password", Staff.PASSWORD)
                .add("roles", Json.createArrayBuilder().add(role)).build().toString();
    }

    /** A user of its own for one test (its token is changed on purpose). */
    private static Staff.Member fresh(String username) {
        Staff.create(username, "agent");
        Staff.Member member = Staff.signIn(username, Staff.PASSWORD);
        assertEquals(200, Api.get("/v1/auth/me", member.bearer()).status());
        return member;
    }

    private static Api.Reply patch(Staff.Member member, String json) {
        return Api.send("PATCH", "/v1/users/" + member.id(), json, Staff.admin().bearer());
    }

    private static long version(Staff.Member member) throws Exception {
        return NuraServer.queryLong("SELECT token_version FROM users WHERE id = ?", Long.parseLong(member.id()));
    }
}
