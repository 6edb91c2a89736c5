package org.nura.privacy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.nura.handoff.control.AttachmentStore;
import org.nura.platform.control.NuraException;
import org.nura.privacy.control.CustomerKeys;
import org.nura.privacy.control.CustomerRows;
import org.nura.security.boundary.Caller;
import org.nura.security.entity.UserAccount;
import org.nura.security.events.AuditRecorded;

/**
 * Export and erasure of everything stored about one customer (a data subject's access and erasure requests), each
 * one transaction and one audit entry. The audit entry names the customer by a hash, so that erasing leaves no
 * row with the customer's id while an admin who knows the id can still find the entry.
 */
@Stateless
public class Customers {

    /** What an erasure removed: sessions, rows changed in PostgreSQL, keys deleted in Redis (-1: Redis away). */
    public record Erasure(String customerId, int sessions, long rows, long redisKeys) {
    }

    /** Everything stored about one customer: their session ids and, per table, every row naming them. */
    public record Export(String customerId, OffsetDateTime exportedAt, List<String> sessionIds, JsonObject tables) {
    }

    @Inject
    CustomerRows rows;

    @Inject
    CustomerKeys keys;

    @Inject
    AttachmentStore attachments;

    @Inject
    Event<AuditRecorded> audit;

    /** Every row naming the customer or one of their sessions, grouped by table. */
    public Export export(String customerId, String actor) {
        String id = checked(customerId);
        List<String> sessions = rows.sessionIds(id);
        JsonObject tables = rows.export(id, sessions);
        audit.fire(new AuditRecorded(actor, "customer.exported", target(id), sessions.size() + " session(s)"));
        return new Export(id, OffsetDateTime.now(), sessions, tables);
    }

    /**
     * The same export for a caller the container does not know (the console signs its users in itself, so no
     * {@code @RolesAllowed} guards this call): refused unless the caller is an admin.
     */
    public Export export(String customerId, Caller caller) {
        if (caller == null || !caller.has(UserAccount.ADMIN)) {
            throw new NuraException(NuraException.Kind.FORBIDDEN, "admin_only", "Only an admin may export a customer");
        }
        return export(customerId, caller.username());
    }

    /** Deletes the customer's sessions and everything that names them or the customer; usage counts stay. */
    public Erasure erase(String customerId, String actor) {
        String id = checked(customerId);
        List<String> sessions = rows.sessionIds(id);
        long files = attachments.forgetFiles(sessions); // before the rows that say which files there are
        long changed = rows.erase(id, sessions) + files;
        long redisKeys = keys.forget(sessions);
        audit.fire(new AuditRecorded(actor, "customer.erased", target(id), sessions.size() + " session(s), "
                + changed + " row(s), " + Math.max(0, redisKeys) + " Redis key(s)"));
        return new Erasure(id, sessions.size(), changed, redisKeys);
    }

    private static String checked(String customerId) {
        if (customerId == null || customerId.isBlank() || customerId.length() > 128) {
            throw NuraException.invalid("invalid_customer_id", "customer_id must be 1 to 128 characters");
        }
        return customerId;
    }

    /** {@code customer:<first 16 hex of SHA-256(id)>}: findable by who knows the id, meaningless to others. */
    static String target(String customerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(customerId.getBytes(StandardCharsets.UTF_8));
            return "customer:" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
