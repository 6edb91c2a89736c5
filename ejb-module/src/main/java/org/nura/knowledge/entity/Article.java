package org.nura.knowledge.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A help article of the tenant, with its title and body in each language it is written in. */
@Entity
@Table(name = "articles")
@NamedQuery(name = "Article.findAll", query = "SELECT a FROM Article a ORDER BY a.id")
@NamedQuery(name = "Article.findActive", query = "SELECT a FROM Article a WHERE a.retiredAt IS NULL ORDER BY a.id")
@NamedQuery(name = "Article.retiredIds", query = "SELECT a.id FROM Article a WHERE a.retiredAt IS NOT NULL")
@NamedQuery(name = "Article.maxId", query = "SELECT MAX(a.id) FROM Article a")
@NamedQuery(name = "Article.withTexts", query = "SELECT a FROM Article a LEFT JOIN FETCH a.texts WHERE a.id = :id")
public class Article {

    @Id
    private Integer id;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_texts", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, ArticleText> texts = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Set when a supervisor retires the article: it leaves the tree and the answers but stays for old citations. */
    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    protected Article() {
    }

    public Article(int id, Map<String, ArticleText> texts) {
        if (id < 0) {
            throw new IllegalArgumentException("article ids are not negative");
        }
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("article " + id + " needs a text in at least one language");
        }
        this.id = id;
        this.texts = new HashMap<>(texts);
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    public int id() {
        return id;
    }

    /** The text in the language asked for, if the article is written in it. */
    public Optional<ArticleText> text(String lang) {
        return Optional.ofNullable(texts.get(lang));
    }

    public Map<String, ArticleText> texts() {
        return Map.copyOf(texts);
    }

    /** New texts in place of all the old ones: a language left out is removed. */
    public void edit(Map<String, ArticleText> newTexts) {
        if (newTexts == null || newTexts.isEmpty()) {
            throw new IllegalArgumentException("article " + id + " needs a text in at least one language");
        }
        texts.clear();
        texts.putAll(newTexts);
        updatedAt = OffsetDateTime.now();
    }

    public void retire() {
        if (retiredAt == null) {
            retiredAt = OffsetDateTime.now();
            updatedAt = retiredAt;
        }
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
