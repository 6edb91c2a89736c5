package org.nura.sessions.control;

/** One remembered turn of a session: who spoke (customer, assistant, agent), what, when and its message id. */
public record HistoryTurn(String role, String text, String at, String messageId) {
}
