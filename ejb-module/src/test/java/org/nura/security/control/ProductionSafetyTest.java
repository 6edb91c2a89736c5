package org.nura.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The original's tests 1 and 2: production refuses to start without proper secrets (our counterpart of "requires ML
 * artifact hashes": nothing may run on shipped defaults) and with a weak admin password — each problem names its
 * setting.
 */
class ProductionSafetyTest {

    private static final String GOOD_SECRET = "kq3ZL9vX2mN8pR4tY7wB1cD5fG6hJ0sA";
    private static final String GOOD_KEY = "Zx8Kp2Lm9Qw4Er7Ty1Ui5Op3";

    @Test
    void strongSettingsPass() {
        assertEquals(List.of(), ProductionSafety.problems(GOOD_KEY, GOOD_SECRET, Optional.of(GOOD_SECRET + "w"),
                "admin", "a long passphrase nobody guesses"));
        assertEquals(List.of(), ProductionSafety.problems("", GOOD_SECRET, Optional.empty(), "admin", ""),
                "no API key turns the machine credential off; no password is fine once users exist");
    }

    @Test
    void theShippedDefaultsAreRefusedEachByName() {
        List<String> problems = ProductionSafety.problems("dev-api-key-change-me", "dev-admin-secret-change-me",
                Optional.of("secret"), "admin", "nura-dev-admin");
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("API_KEY "), problems.get(0));
        assertTrue(problems.get(1).startsWith("ADMIN_SECRET_KEY "), problems.get(1));
        assertTrue(problems.get(2).startsWith("WIDGET_IDENTITY_SECRET "), problems.get(2));
        assertTrue(problems.get(3).startsWith("ADMIN_PASSWORD "), problems.get(3));
    }

    @Test
    void shortOrRepetitiveSecretsAreWeak() {
        assertEquals(1, ProductionSafety.problems(GOOD_KEY, "short", Optional.empty(), "admin", "").size());
        assertEquals(1, ProductionSafety.problems(GOOD_KEY, "a".repeat(40), Optional.empty(), "admin", "").size());
        assertEquals(1, ProductionSafety.problems("too-short", GOOD_SECRET, Optional.empty(), "admin", "").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "elevenchars", "password123", "Password123", "123456789012", "qwertyuiop"})
    void weakAdminPasswordsAreRefused(String password) {
        List<String> problems = ProductionSafety.problems(GOOD_KEY, GOOD_SECRET, Optional.empty(), "admin", password);
        assertEquals(1, problems.size(), password);
        assertTrue(problems.get(0).startsWith("ADMIN_PASSWORD "), problems.get(0));
    }

    @Test
    void aPasswordEqualToTheUserNameIsRefused() {
        assertEquals(Optional.of("equals the user name"),
                ProductionSafety.weakPassword("administrator-x", "Administrator-X"));
        assertEquals(Optional.empty(), ProductionSafety.weakPassword("admin", "twelve chars ok"));
    }
}
