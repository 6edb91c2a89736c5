package org.nura.handoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** A file sent in a live chat: who sent it, its checked type and cleaned name; the bytes are stored apart. */
@Entity
@Table(name = "attachments")
@NamedQuery(name = "Attachment.ofSession",
        query = "SELECT a FROM Attachment a WHERE a.sessionId = :session ORDER BY a.createdAt, a.id")
@NamedQuery(name = "Attachment.storedInDirForSessions",
        query = "SELECT a.id FROM Attachment a WHERE a.sessionId IN :sessions AND a.storedIn = 'dir'")
public class Attachment {

    public static final Set<String> ROLES = Set.of("customer", "agent");
    public static final String IN_DATABASE = "db";
    public static final String IN_DIRECTORY = "dir";

    @Id
    private String id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "sender_role", nullable = false)
    private String senderRole;

    private String sender;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "stored_in", nullable = false)
    private String storedIn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Attachment() {
    }

    /** A new attachment; the type is a checked media type, the name already cleaned. */
    public Attachment(String sessionId, String messageId, String senderRole, String sender, String senderName,
            String fileName, String contentType, int sizeBytes, String sha256, String storedIn) {
        if (sessionId == null || messageId == null || !ROLES.contains(senderRole) || fileName == null
                || fileName.isBlank() || contentType == null || sizeBytes <= 0 || sha256 == null
                || !Set.of(IN_DATABASE, IN_DIRECTORY).contains(storedIn)) {
            throw new IllegalArgumentException("an attachment needs a session, message, sender role, name, type,"
                    + " size, digest and storage");
        }
        this.id = UUID.randomUUID().toString();
        this.sessionId = sessionId;
        this.messageId = messageId;
        this.senderRole = senderRole;
        this.sender = sender;
        this.senderName = senderName;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedIn = storedIn;
        this.createdAt = OffsetDateTime.now();
    }

    public String id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String messageId() {
        return messageId;
    }

    public String senderRole() {
        return senderRole;
    }

    public String sender() {
        return sender;
    }

    public String senderName() {
        return senderName;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String storedIn() {
        return storedIn;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
