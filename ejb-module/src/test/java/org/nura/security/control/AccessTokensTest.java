package org.nura.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tokens verify only with the key that signed them, unchanged and unexpired. */
class AccessTokensTest {

    private static final String KEY = "a-test-signing-key-of-enough-length";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aFreshTokenCarriesItsClaims() {
        AccessTokens.Claims claims = AccessTokens.fresh(42, 3, NOW.plusSeconds(60));
        String token = AccessTokens.issue(claims, KEY);
        assertEquals(claims, AccessTokens.verify(token, NOW, KEY).orElseThrow());
    }

    @Test
    void expiredForgedOrOtherKeyTokensAreRefused() {
        String token = AccessTokens.issue(AccessTokens.fresh(42, 3, NOW.plusSeconds(60)), KEY);
        assertTrue(AccessTokens.verify(token, NOW.plusSeconds(60), KEY).isEmpty(), "expired");
        assertTrue(AccessTokens.verify(token, NOW, KEY + "x").isEmpty(), "another key");
        String payload = token.substring(0, token.indexOf('.'));
        String otherUser = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(payload)).replaceFirst("^42:", "1:").getBytes());
        assertTrue(AccessTokens.verify(otherUser + token.substring(token.indexOf('.')), NOW, KEY).isEmpty(), "forged");
        for (String junk : new String[] {null, "", ".", "abc", "abc.def", "a.b.c", "x".repeat(600)}) {
            assertTrue(AccessTokens.verify(junk, NOW, KEY).isEmpty(), String.valueOf(junk));
        }
    }
}
