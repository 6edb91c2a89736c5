package org.nura.knowledge.control;

/** An article in one language, as customers read it: {@code {id, title, body, lang}}. */
public record ArticleView(int id, String title, String body, String lang) {
}
