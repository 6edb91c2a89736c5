package org.nura.handoff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.nura.conversation.entity.ChatTurn;
import org.nura.conversation.entity.ConversationLog;
import org.nura.handoff.control.AttachmentLinks;
import org.nura.handoff.control.AttachmentNames;
import org.nura.handoff.control.AttachmentSettings;
import org.nura.handoff.control.AttachmentStore;
import org.nura.handoff.control.AttachmentType;
import org.nura.handoff.control.HandoffLifecycle;
import org.nura.handoff.control.LiveEvents;
import org.nura.handoff.entity.Attachment;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.sessions.control.SessionStore;
import org.nura.sessions.entity.Session;

/**
 * Files in a live chat, both ways: an image or PDF the customer or the holding agent sends while a human holds the
 * session. Each one is checked by its content, stored, written into the transcript as a message and announced on
 * both live streams; it is fetched only through a short-lived signed link. One transaction per call.
 */
@Stateless
public class Attachments {

    /** The transcript line of an attachment (the file itself is shown beside it wherever clients can). */
    static final String MARK = "\uD83D\uDCCE ";

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    SessionStore sessions;

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentLinks links;

    @Inject
    AttachmentSettings settings;

    @Inject
    LiveEvents live;

    /** The largest attachment accepted, in bytes. */
    public int maxBytes() {
        return settings.maxBytes();
    }

    /** The customer's file, with the session's token; 401 for a wrong token, 409 unless a human holds the chat. */
    public AttachmentView fromCustomer(String sessionId, String token, String fileName, byte[] bytes) {
        sessions.verify(sessionId, token);
        Session session = live(sessionId);
        return add(session, "customer", session.customerId(), null, fileName, bytes);
    }

    /** The holding agent's file; anyone else gets a 409, as for replies. */
    public AttachmentView fromAgent(String sessionId, String fileName, byte[] bytes, Caller agent) {
        Session session = live(sessionId);
        if (!session.heldBy(agent.userId())) {
            throw NuraException.conflict("not_your_session", "Session " + sessionId + " is held by "
                    + session.assignedAgentName() + "; only the agent holding a chat sends files in it");
        }
        return add(session, "agent", agent.userId(), agent.displayName(), fileName, bytes);
    }

    /** The session's attachments with fresh links, for the customer's widget after a reload. */
    public List<AttachmentView> forCustomer(String sessionId, String token) {
        sessions.verify(sessionId, token);
        return forStaff(sessionId);
    }

    /** The session's attachments with fresh links, oldest first (agents, the console). */
    public List<AttachmentView> forStaff(String sessionId) {
        return em.createNamedQuery("Attachment.ofSession", Attachment.class).setParameter("session", sessionId)
                .getResultStream().map(this::view).toList();
    }

    /** The file behind a signed link: 403 for a forged or altered link, 410 for an expired one, 404 once erased. */
    public Download download(String id, long exp, String sig) {
        switch (links.check(id, exp, sig)) {
            case FORGED -> throw new NuraException(NuraException.Kind.FORBIDDEN, "invalid_link",
                    "This attachment link is not valid; open the conversation again for a fresh one");
            case EXPIRED -> throw new NuraException(NuraException.Kind.GONE, "link_expired",
                    "This attachment link has expired; open the conversation again for a fresh one");
            default -> { }
        }
        Attachment a = em.find(Attachment.class, id);
        byte[] bytes = a == null ? null : store.read(a).orElse(null);
        if (bytes == null) {
            throw NuraException.notFound("attachment_not_found", "This attachment no longer exists");
        }
        boolean inline = AttachmentType.ofMediaType(a.contentType()).map(AttachmentType::image).orElse(false);
        return new Download(bytes, a.contentType(), a.fileName(), inline,
                Math.max(0, exp - Instant.now().getEpochSecond()));
    }

    private Session live(String sessionId) {
        Session session = sessions.lock(sessionId)
                .orElseThrow(() -> NuraException.notFound("session_not_found", "No session " + sessionId));
        if (!Session.HUMAN_ACTIVE.equals(session.status())) {
            throw NuraException.conflict("not_live_chat", "Files can be sent only during a live chat with an agent;"
                    + " session " + sessionId + " is " + session.status());
        }
        return session;
    }

    private AttachmentView add(Session session, String role, String sender, String senderName, String fileName,
            byte[] bytes) {
        int max = settings.maxBytes();
        if (bytes == null || bytes.length == 0) {
            throw NuraException.invalid("empty_file", "The file is empty");
        }
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        AttachmentType type = AttachmentType.detect(bytes).orElseThrow(() -> new NuraException(
                NuraException.Kind.UNSUPPORTED, "unsupported_file_type", AttachmentType.refusal(bytes)));
        String name = AttachmentNames.clean(fileName, type);
        ConversationLog log = "customer".equals(role) ? ConversationLog.customer(session, MARK + name, session.lang())
                : ConversationLog.agent(session, MARK + name);
        em.persist(log);
        em.persist(new ChatTurn(session.sessionId(), role, sender, senderName, MARK + name));
        Attachment a = new Attachment(session.sessionId(), log.messageId(), role, sender, senderName, name,
                type.mediaType(), bytes.length, sha256(bytes), store.target());
        em.persist(a);
        em.flush(); // the metadata row first: a content row or file refers to it
        store.save(a, bytes);
        JsonObjectBuilder payload = JsonSupport.objectBuilder().add("session_id", a.sessionId())
                .add("message_id", a.messageId()).add("id", a.id()).add("name", name).add("type", type.mediaType())
                .add("size", bytes.length).add("by", role).add("created_at", a.createdAt().toString());
        if (senderName != null) {
            payload.add("agent", sender).add("agent_name", senderName);
        }
        live.record(session.sessionId(), HandoffLifecycle.BOTH, "attachment", payload.build());
        return view(a);
    }

    private AttachmentView view(Attachment a) {
        boolean inline = AttachmentType.ofMediaType(a.contentType()).map(AttachmentType::image).orElse(false);
        return new AttachmentView(a.id(), a.sessionId(), a.messageId(), a.fileName(), a.contentType(), a.sizeBytes(),
                links.url(a.id()), a.senderRole(), a.senderName(), inline, a.createdAt());
    }

    /** 413 with the limit in words: the widget and the console show this message as it is. */
    public static NuraException tooLarge(int max) {
        return new NuraException(NuraException.Kind.TOO_LARGE, "file_too_large",
                "The file is larger than the limit of " + megabytes(max) + " (" + max + " bytes)");
    }

    static String megabytes(int bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb))
                + " MB";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
