package org.nura.security.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What production refuses to start with: default or weak secrets and a weak first admin password. Each problem
 * names the setting, so the log tells the operator what to change.
 */
public final class ProductionSafety {

    static final int MIN_SECRET = 32;
    static final int MIN_API_KEY = 24;
    public static final int MIN_PASSWORD = 12;
    /** The shipped development values and the passwords every attacker tries first. */
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "passw0rd", "123456",
            "12345678", "123456789", "1234567890", "123456789012", "qwerty", "qwerty123", "qwertyuiop", "letmein",
            "welcome", "welcome123", "admin", "admin123", "administrator", "changeme", "change-me", "secret",
            "iloveyou", "monkey", "dragon", "football", "nura-dev-admin", "dev-api-key-change-me",
            "dev-admin-secret-change-me", "adminadminadmin", "passwordpassword", "000000000000", "111111111111");

    private ProductionSafety() {
    }

    /** The settings a production start is refused for; empty when everything is fine. */
    public static List<String> problems(String apiKey, String adminSecretKey, Optional<String> widgetSecret,
            String adminUsername, String adminPassword) {
        List<String> problems = new ArrayList<>();
        if (!apiKey.isEmpty() && weakSecret(apiKey, MIN_API_KEY)) {
            problems.add("API_KEY is a default or weak value (use at least " + MIN_API_KEY
                    + " random characters, or leave it empty to turn the machine credential off)");
        }
        if (weakSecret(adminSecretKey, MIN_SECRET)) {
            problems.add("ADMIN_SECRET_KEY is a default or weak value (use at least " + MIN_SECRET
                    + " random characters)");
        }
        widgetSecret.filter(s -> weakSecret(s, MIN_SECRET)).ifPresent(s -> problems.add(
                "WIDGET_IDENTITY_SECRET is a default or weak value (use at least " + MIN_SECRET + " random characters)"));
        if (!adminPassword.isEmpty()) {
            weakPassword(adminUsername, adminPassword).ifPresent(why -> problems.add("ADMIN_PASSWORD " + why));
        }
        return problems;
    }

    /** Why a password is too weak for anyone, or empty when it will do. */
    public static Optional<String> weakPassword(String username, String password) {
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("has fewer than " + MIN_PASSWORD + " characters");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is a common password");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("equals the user name");
        }
        return Optional.empty();
    }

    private static boolean weakSecret(String value, int minLength) {
        String lower = value.toLowerCase(Locale.ROOT);
        return value.length() < minLength || COMMON.contains(lower) || lower.contains("change-me")
                || lower.contains("changeme") || value.chars().distinct().count() < 8;
    }
}
