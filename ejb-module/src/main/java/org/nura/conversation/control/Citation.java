package org.nura.conversation.control;

/** What an answer rests on: an article ({@code type = "article"}) or a handbook document ({@code "document"}). */
public record Citation(String type, String id, String title) {
}
