package org.nura.jobs.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature receivers check: {@code sha256=} and the hex HMAC-SHA256, keyed with ESCALATION_WEBHOOK_SECRET, of
 * {@code <timestamp>.<body>}. Signing the timestamp with the body lets a receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Nura-Signature";
    public static final String TIMESTAMP_HEADER = "X-Nura-Timestamp";
    public static final String DELIVERY_HEADER = "X-Nura-Delivery";
    public static final String EVENT_HEADER = "X-Nura-Event";
    public static final String ATTEMPT_HEADER = "X-Nura-Attempt";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code epochSeconds}. */
    public static String sign(String secret, long epochSeconds, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, epochSeconds + "." + body));
    }

    /** What a receiver does: the signature matches and the timestamp is within {@code toleranceSeconds} of now. */
    public static boolean verify(String secret, String timestamp, String body, String signature, long nowSeconds,
            long toleranceSeconds) {
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        if (signature == null || Math.abs(nowSeconds - sent) > toleranceSeconds) {
            return false;
        }
        byte[] expected = sign(secret, sent, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
