package org.nura.security.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles nest: admin includes supervisor includes agent; never the other way. */
class CallerTest {

    private static Caller with(String... roles) {
        return new Caller("1", "u", "U", Set.of(roles), false);
    }

    @Test
    void rolesIncludeTheWeakerOnes() {
        assertTrue(with("admin").mayActAs(List.of("agent")));
        assertTrue(with("admin").mayActAs(List.of("supervisor")));
        assertTrue(with("supervisor").mayActAs(List.of("agent")));
        assertTrue(with("agent", "supervisor").has("supervisor"));
    }

    @Test
    void rolesNeverIncludeStrongerOnes() {
        assertFalse(with("agent").mayActAs(List.of("admin")));
        assertFalse(with("agent").mayActAs(List.of("supervisor")));
        assertFalse(with("supervisor").mayActAs(List.of("admin")));
        assertFalse(with("admin").mayActAs(List.of()));
    }

    @Test
    void theApiKeyIsAnAdminMachine() {
        assertTrue(Caller.API_KEY.machine() && Caller.API_KEY.has("admin") && Caller.API_KEY.has("agent"));
    }
}
