package org.nura.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hash a website's server computes, checked against openssl's answer. */
class IdentityHashTest {

    @Test
    void isTheHexHmacSha256OfTheCustomerIdAsTheReadmeShows() {
        // printf %s 'customer-42' | openssl dgst -sha256 -hmac 'site-secret'
        assertEquals("b0c454d36fc6c7d261687ee28d4b205bc0d0f5f8352a89e1cde5c3ea91693873",
                IdentityHash.of("site-secret", "customer-42"));
    }

    @Test
    void matchesOnlyTheRightHashInEitherCase() {
        String hash = IdentityHash.of("s", "c-1");
        assertTrue(IdentityHash.matches("s", "c-1", hash));
        assertTrue(IdentityHash.matches("s", "c-1", hash.toUpperCase()));
        assertFalse(IdentityHash.matches("s", "c-2", hash));
        assertFalse(IdentityHash.matches("other", "c-1", hash));
        assertFalse(IdentityHash.matches("s", "c-1", null));
        assertFalse(IdentityHash.matches("s", null, hash));
    }
}
