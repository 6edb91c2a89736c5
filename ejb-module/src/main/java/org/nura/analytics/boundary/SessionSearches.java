package org.nura.analytics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.analytics.control.SessionCriteria;
import org.nura.analytics.control.SessionHistory;
import org.nura.analytics.control.SessionHistoryReader;
import org.nura.analytics.control.SessionPage;
import org.nura.analytics.control.SessionQueries;
import org.nura.platform.control.NuraException;

/** Supervisors' view of conversations: search them by text and filters, read one whole. Read-only. */
@Stateless
public class SessionSearches {

    @Inject
    SessionQueries queries;

    @Inject
    SessionHistoryReader histories;

    public SessionPage search(SessionCriteria criteria) {
        return queries.search(criteria);
    }

    public SessionHistory session(String sessionId) {
        return histories.read(sessionId)
                .orElseThrow(() -> NuraException.notFound("session_not_found", "No session " + sessionId));
    }
}
