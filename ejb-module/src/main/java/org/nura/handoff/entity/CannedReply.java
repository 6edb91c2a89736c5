package org.nura.handoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;

/** A ready-made answer agents pick in the live chat; the constructor and {@link #change} refuse empty text. */
@Entity
@Table(name = "canned_replies")
@NamedQuery(name = "CannedReply.all", query = "SELECT c FROM CannedReply c ORDER BY c.lang, c.title, c.id")
public class CannedReply {

    public static final Set<String> LANGS = Set.of("ar", "ku", "en");
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String lang;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CannedReply() {
    }

    public CannedReply(String title, String body, String lang) {
        this.createdAt = OffsetDateTime.now();
        change(title, body, lang);
    }

    public final void change(String title, String body, String lang) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE || body == null || body.isBlank()
                || body.length() > MAX_BODY || !LANGS.contains(lang)) {
            throw new IllegalArgumentException("a canned reply needs a title, a body and a language of " + LANGS);
        }
        this.title = title.strip();
        this.body = body.strip();
        this.lang = lang;
        this.updatedAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String lang() {
        return lang;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
