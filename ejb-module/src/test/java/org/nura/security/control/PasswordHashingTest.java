package org.nura.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PBKDF2 hashes: salted, self-describing, and only the right password matches. */
class PasswordHashingTest {

    @Test
    void theRightPasswordMatchesAndNothingElse() {
        String hash = PasswordHashing.hash("correct horse battery", 10_000);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:10000:"), hash);
        assertTrue(PasswordHashing.matches("correct horse battery", hash));
        assertFalse(PasswordHashing.matches("correct horse batterY", hash));
        assertFalse(PasswordHashing.matches("", hash));
        assertFalse(PasswordHashing.matches(null, hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHashing.hash("same password here", 10_000),
                PasswordHashing.hash("same password here", 10_000));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        for (String stored : new String[] {null, "", "plain", "MD5:1:a:b", "PBKDF2WithHmacSHA256:x:a:b",
            "PBKDF2WithHmacSHA256:1000:!!:??"}) {
            assertFalse(PasswordHashing.matches("anything", stored), String.valueOf(stored));
        }
    }
}
