package org.nura.security.boundary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.nura.security.entity.UserAccount;

/**
 * Who is calling: a signed-in user, or the machine credential (API_KEY) acting as an admin. Roles nest — an admin
 * may do what a supervisor may, a supervisor what an agent may — and this is the one place that says so, for the
 * API and the console alike.
 */
public record Caller(String userId, String username, String displayName, Set<String> roles, boolean machine) {

    /** The static API_KEY: a machine client with the admin role. */
    public static final Caller API_KEY = new Caller("api-key", "api-key", "API key", Set.of(UserAccount.ADMIN), true);

    public static Caller of(UserAccount user) {
        return new Caller(String.valueOf(user.id()), user.username(), user.displayName(), user.roles(), false);
    }

    /** The roles held, with the ones they include. */
    public Set<String> effectiveRoles() {
        Set<String> all = new LinkedHashSet<>(roles);
        if (all.contains(UserAccount.ADMIN)) {
            all.add(UserAccount.SUPERVISOR);
        }
        if (all.contains(UserAccount.SUPERVISOR)) {
            all.add(UserAccount.AGENT);
        }
        return all;
    }

    public boolean has(String role) {
        return effectiveRoles().contains(role);
    }

    /** Whether any of {@code allowed} is among this caller's roles (an empty list allows nobody). */
    public boolean mayActAs(Collection<String> allowed) {
        Set<String> held = effectiveRoles();
        return allowed.stream().anyMatch(held::contains);
    }
}
