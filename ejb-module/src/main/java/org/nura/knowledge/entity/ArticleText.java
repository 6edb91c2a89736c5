package org.nura.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The title and body of an article in one language. */
@Embeddable
public class ArticleText {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    protected ArticleText() {
    }

    public ArticleText(String title, String body) {
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("an article text needs a title and a body");
        }
        this.title = title;
        this.body = body;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }
}
