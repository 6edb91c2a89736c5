package org.nura.analytics.control;

import java.util.List;

/** A page of sessions, newest first; {@code hasMore} says whether the next page has any. */
public record SessionPage(int page, int pageSize, boolean hasMore, List<SessionSummary> sessions) {

    public SessionPage {
        sessions = List.copyOf(sessions);
    }
}
