package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.nura.platform.control.JsonSupport;

/**
 * Short-lived signed download links, {@code /v1/attachments/{id}?exp=<epoch s>&sig=<HMAC-SHA256>}: whoever holds one
 * may fetch that one file until it expires, nothing else. Links are minted when a message, event or list is served,
 * never stored, so a reload always gets fresh ones. The key is the configured one or the installation's own.
 */
@ApplicationScoped
public class AttachmentLinks {

    /** What a presented link is worth. */
    public enum Verdict { VALID, EXPIRED, FORGED }

    public static final String PATH = "/v1/attachments/";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    AttachmentSettings settings;

    private volatile String installationKey;

    /** A link to attachment {@code id} that works for the configured lifetime from now. */
    public String url(String id) {
        long exp = Instant.now().plus(settings.urlLifetime()).getEpochSecond();
        return url(key(), id, exp);
    }

    public Verdict check(String id, long exp, String sig) {
        return check(key(), id, exp, sig, Instant.now().getEpochSecond());
    }

    /** A live event's payload as a client receives it: an attachment's gets a fresh link (stored ones have none). */
    public String payloadFor(LiveEvent event) {
        if (!"attachment".equals(event.type())) {
            return event.payload();
        }
        try (JsonReader reader = JsonSupport.reader(event.payload())) {
            JsonObject p = reader.readObject();
            if (!p.containsKey("id")) {
                return event.payload();
            }
            JsonObjectBuilder out = JsonSupport.objectBuilder();
            p.forEach(out::add);
            return out.add("url", url(p.getString("id"))).build().toString();
        }
    }

    static String url(String key, String id, long exp) {
        return PATH + id + "?exp=" + exp + "&sig=" + sign(key, id, exp);
    }

    /** The signature of {@code id} until {@code exp}: base64url HMAC-SHA256 of "id:exp". */
    static String sign(String key, String id, long exp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + ":" + exp).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A forged or altered link is FORGED whatever its time; a genuine one past its time is EXPIRED. */
    static Verdict check(String key, String id, long exp, String sig, long now) {
        if (id == null || sig == null) {
            return Verdict.FORGED;
        }
        byte[] expected = sign(key, id, exp).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        return now > exp ? Verdict.EXPIRED : Verdict.VALID;
    }

    private String key() {
        return settings.urlSecret().orElseGet(this::installationKey);
    }

    private String installationKey() {
        String key = installationKey;
        if (key == null) {
            key = (String) em.createNativeQuery("SELECT secret FROM attachment_keys WHERE id = 1").getSingleResult();
            installationKey = key;
        }
        return key;
    }
}
