package org.nura.handoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The bytes of an attachment stored in PostgreSQL, read only when the file itself is downloaded. */
@Entity
@Table(name = "attachment_contents")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private String attachmentId;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected AttachmentContent() {
    }

    public AttachmentContent(Attachment attachment, byte[] content) {
        this.attachmentId = attachment.id();
        this.sessionId = attachment.sessionId();
        this.content = content.clone();
        this.createdAt = OffsetDateTime.now();
    }

    public byte[] content() {
        return content.clone();
    }
}
