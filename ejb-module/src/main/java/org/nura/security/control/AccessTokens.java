package org.nura.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring bearer tokens: {@code base64url(userId:tokenVersion:expiresEpochSeconds:tokenId)} + "." +
 * base64url(HMAC-SHA256 of that, keyed by ADMIN_SECRET_KEY). Plain javax.crypto, so any server verifies them; the
 * signature proves the claims, the user row (token version, active) and the revocation table decide the rest.
 */
@ApplicationScoped
public class AccessTokens {

    /** What a verified token says. */
    public record Claims(long userId, int tokenVersion, Instant expiresAt, String tokenId) {
    }

    @Inject
    SecurityConfig config;

    public String issue(Claims claims) {
        return issue(claims, config.adminSecretKey());
    }

    /** The claims of a well-signed, unexpired token; empty for anything else. */
    public Optional<Claims> verify(String token, Instant now) {
        return verify(token, now, config.adminSecretKey());
    }

    public static Claims fresh(long userId, int tokenVersion, Instant expiresAt) {
        return new Claims(userId, tokenVersion, expiresAt, UUID.randomUUID().toString());
    }

    static String issue(Claims claims, String secret) {
        String payload = claims.userId() + ":" + claims.tokenVersion() + ":" + claims.expiresAt().getEpochSecond()
                + ":" + claims.tokenId();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(sign(payload, secret));
    }

    static Optional<Claims> verify(String token, Instant now, String secret) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0))),
                    StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (dot <= 0 || !MessageDigest.isEqual(signature, sign(payload, secret))) {
                return Optional.empty();
            }
            String[] parts = payload.split(":");
            Claims claims = new Claims(Long.parseLong(parts[0]), Integer.parseInt(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])), parts[3]);
            return claims.expiresAt().isAfter(now) ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static byte[] sign(String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
