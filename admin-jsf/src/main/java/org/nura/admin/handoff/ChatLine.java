package org.nura.admin.handoff;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.nura.analytics.control.SessionHistory;

/**
 * One line of the chat as the page shows it: a message (customer, assistant with source and confidence, agent with
 * name) or a handoff request with its reason ({@code role} "handoff").
 */
public record ChatLine(String messageId, String role, String text, String source, String confidence,
        String senderName, OffsetDateTime at) {

    /** The session's messages and its handoff requests, in time order (a request sorts after a message at once). */
    static List<ChatLine> of(SessionHistory history) {
        List<ChatLine> lines = new ArrayList<>();
        for (SessionHistory.HistoryMessage m : history.messages()) {
            lines.add(new ChatLine(m.messageId(), m.role(), m.text(), m.source(), confidence(m.confidence()),
                    m.senderName(), m.createdAt()));
        }
        for (SessionHistory.HistoryHandoff h : history.handoffs()) {
            if (h.requestedAt() != null) {
                lines.add(new ChatLine(null, "handoff", h.handoffReason(), null, null, null, h.requestedAt()));
            }
        }
        lines.sort(Comparator.comparing(ChatLine::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return lines;
    }

    static String confidence(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.2f", value);
    }

    public boolean isCustomer() {
        return "customer".equals(role);
    }

    public boolean isHandoff() {
        return "handoff".equals(role);
    }
}
