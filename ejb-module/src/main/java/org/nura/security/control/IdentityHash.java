package org.nura.security.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hex HMAC-SHA256 of a customer id that the embedding site's server computes with the shared secret. */
public final class IdentityHash {

    private IdentityHash() {
    }

    public static String of(String secret, String customerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison; upper-case hex is accepted too. */
    public static boolean matches(String secret, String customerId, String hash) {
        if (hash == null || customerId == null) {
            return false;
        }
        byte[] expected = of(secret, customerId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, hash.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
