package org.nura.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One way customers phrase an intent; the on-box model learns the intent from these. */
@Entity
@Table(name = "intent_examples")
@NamedQuery(name = "IntentExample.findAll", query = "SELECT e FROM IntentExample e ORDER BY e.id")
@NamedQuery(name = "IntentExample.findByIntentAndText",
        query = "SELECT e FROM IntentExample e WHERE e.intentId = :intent AND e.text = :text")
public class IntentExample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "intent_id", nullable = false)
    private String intentId;

    private String lang;

    @Column(nullable = false)
    private String text;

    protected IntentExample() {
    }

    public IntentExample(String intentId, String lang, String text) {
        if (intentId == null || intentId.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("an example names its intent and has text");
        }
        if (lang != null && lang.length() > 16) {
            throw new IllegalArgumentException("a language tag has at most 16 characters");
        }
        this.intentId = intentId;
        this.lang = lang;
        this.text = text.strip();
    }

    /** A corrected phrasing, or the same phrasing moved to another intent. */
    public void edit(String newIntent, String newLang, String newText) {
        if (newIntent == null || newIntent.isBlank() || newText == null || newText.isBlank()) {
            throw new IllegalArgumentException("an example names its intent and has text");
        }
        if (newLang != null && newLang.length() > 16) {
            throw new IllegalArgumentException("a language tag has at most 16 characters");
        }
        this.intentId = newIntent;
        this.lang = newLang;
        this.text = newText.strip();
    }

    public long id() {
        return id;
    }

    public String intentId() {
        return intentId;
    }

    public String lang() {
        return lang;
    }

    public String text() {
        return text;
    }
}
