package org.nura.blackbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people at the desk for the black-box tests: the first admin (from ADMIN_USERNAME/ADMIN_PASSWORD) and users it
 * creates through the users API, each signed in once and reused (signing in for every call would only test the
 * rate limit).
 */
final class Staff {

    static final String ADMIN = "admin";
    static final String PASSWORD = "it-staff-password-1";
    private static final Map<String, Member> SIGNED_IN = new ConcurrentHashMap<>();

    private Staff() {
    }

    /** A signed-in user: id, user name and bearer token. */
    record Member(String id, String username, String token) {

        String[] bearer() {
            return new String[] {"Authorization", "Bearer " + token};
        }
    }

    static synchronized Member admin() {
        return SIGNED_IN.computeIfAbsent(ADMIN, name -> signIn(name, NuraServer.ADMIN_PASSWORD));
    }

    /** An agent of this name, created on first use. */
    static Member agent(String username) {
        return member(username, "agent");
    }

    static Member supervisor(String username) {
        return member(username, "supervisor");
    }

    /** A user with exactly this role, created on first use. */
    static synchronized Member member(String username, String role) {
        Member known = SIGNED_IN.get(username);
        if (known != null) {
            return known;
        }
        create(username, role); // outside the map's lock: creating signs the admin in through the same map
        Member member = signIn(username, PASSWORD);
        SIGNED_IN.put(username, member);
        return member;
    }

    static JsonObject create(String username, String... roles) {
        var rolesJson = Json.createArrayBuilder();
        for (String role : roles) {
            rolesJson.add(role);
        }
        String body = Json.createObjectBuilder().add("username", username).add("display_name", "Name of " + username)
                .add("password", PASSWORD).add("roles", rolesJson).build().toString();
        Api.Reply created = Api.post("/v1/users", body, admin().bearer());
        if (created.status() != 201) {
            throw new AssertionError("creating " + username + ": " + created.status() + " " + created.body());
        }
        return created.json();
    }

    static Member signIn(String username, String password) {
        Api.Reply login = login(username, password);
        if (login.status() != 200) {
            throw new AssertionError("signing in " + username + ": " + login.status() + " " + login.body());
        }
        JsonObject json = login.json();
        return new Member(json.getJsonObject("user").getJsonNumber("id").toString(), username, json.getString("token"));
    }

    static Api.Reply login(String username, String password) {
        return Api.post("/v1/auth/login", Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString());
    }

    /** Forgets a cached token (after a test ended it on purpose). */
    static void forget(String username) {
        SIGNED_IN.remove(username);
    }
}
