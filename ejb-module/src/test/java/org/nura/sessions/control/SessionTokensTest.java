package org.nura.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionTokensTest {

    private final SessionTokens tokens = new SessionTokens();

    @Test
    void tokensAreRandomAndOnlyTheirHashIsCompared() {
        String token = tokens.newToken();
        assertNotEquals(token, tokens.newToken());
        assertTrue(token.length() >= 43, "256 bits in base64url");
        String hash = tokens.hash(token);
        assertEquals(64, hash.length());
        assertTrue(tokens.matches(token, hash));
        assertFalse(tokens.matches(token + "x", hash));
        assertFalse(tokens.matches(null, hash));
        assertFalse(tokens.matches("", hash));
    }

    @Test
    void hashIsSha256Hex() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", tokens.hash("hello"));
    }
}
