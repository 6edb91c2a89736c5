package org.nura.analytics.control;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One session with its whole history as supervisors review it: every message with how it was answered (source,
 * confidence, intent, article, citations, latency) and its 👍/👎, who wrote each agent turn, the live chat as the
 * agents saw it, and every handoff with its outcome.
 */
public record SessionHistory(SessionSummary session, List<HistoryMessage> messages, boolean truncated,
        List<LiveChatTurn> liveChat, List<HistoryHandoff> handoffs) {

    public SessionHistory {
        messages = List.copyOf(messages);
        liveChat = List.copyOf(liveChat);
        handoffs = List.copyOf(handoffs);
    }

    /** A message: the customer's text, the assistant's answer or an agent's reply ({@code text}). */
    public record HistoryMessage(String messageId, String role, String text, String lang, String source,
            Double confidence, String intent, Integer articleId, List<HistoryCitation> citations, boolean escalated,
            Integer latencyMs, String sender, String senderName, HistoryFeedback feedback, OffsetDateTime createdAt) {

        public HistoryMessage {
            citations = citations == null ? null : List.copyOf(citations);
        }
    }

    /** A source an answer cites: an article (its id) or a handbook document. */
    public record HistoryCitation(String type, String id, String title) {
    }

    /** The customer's rating of an answer. */
    public record HistoryFeedback(String rating, String comment, OffsetDateTime createdAt) {
    }

    /** A turn of the live chat: the customer or an agent (user id and name). */
    public record LiveChatTurn(String role, String sender, String senderName, String text,
            OffsetDateTime createdAt) {
    }

    /** A handoff: why, who accepted it when, how it ended, and how long each step took. */
    public record HistoryHandoff(String status, String handoffReason, String agentId, String agentName,
            String issueCategory, String rootCause, String resolutionNotes, String resolvedBy, String resolvedByName,
            OffsetDateTime requestedAt, OffsetDateTime acceptedAt, OffsetDateTime resolvedAt,
            Double timeToAcceptSeconds, Double timeToResolutionSeconds) {
    }
}
