package org.nura.admin.handoff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.SessionSearches;
import org.nura.handoff.boundary.AgentDesks;
import org.nura.handoff.boundary.Desk;
import org.nura.handoff.boundary.Handoffs;
import org.nura.handoff.control.DeskEntry;
import org.nura.platform.control.NuraException;

/**
 * The live queue: sessions waiting for an agent (oldest first) with an accept button, and the agent's own chats with
 * their unread counts. The page re-reads both when the queue websocket says something changed.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgentDesks desks;

    @Inject
    Handoffs handoffs;

    @Inject
    SessionSearches searches;

    @Inject
    ConsoleSession session;

    @Inject
    ChatReads reads;

    @Inject
    HandoffPush push;

    private transient Desk desk;

    @PostConstruct
    void init() {
        push.ensureListening();
    }

    public List<DeskEntry> getPending() {
        return desk().pending();
    }

    public List<DeskEntry> getMine() {
        return desk().mine();
    }

    /** For the websocket's re-read (a remote command): the next render reads the desk again. */
    public void refresh() {
        desk = null;
    }

    /** Takes the session and opens its chat; a session someone else took meanwhile says who. */
    public String accept(String sessionId) {
        try {
            handoffs.accept(sessionId, session.caller());
            return ChatView.outcome(sessionId);
        } catch (NuraException e) {
            refused(searches, sessionId, e);
            refresh();
            return null;
        }
    }

    /** Whole minutes since the request, for the first render; the page's script keeps it current. */
    public long waitingMinutes(DeskEntry entry) {
        return entry.requestedAt() == null ? 0 : Duration.between(entry.requestedAt(), OffsetDateTime.now()).toMinutes();
    }

    /** Milliseconds since the epoch, for the page's script (data-since). */
    public long epochMillis(OffsetDateTime at) {
        return at == null ? 0 : at.toInstant().toEpochMilli();
    }

    /** A lost race names the winner ("already taken by …"); other refusals show the boundary's own words. */
    static void refused(SessionSearches searches, String sessionId, NuraException e) {
        if (e.kind() == NuraException.Kind.CONFLICT && "not_pending".equals(e.code())) {
            String holder = holder(searches, sessionId);
            if (holder != null) {
                Notices.error("hmsg", "queue.taken", holder);
                return;
            }
        }
        Notices.refused(e);
    }

    private static String holder(SessionSearches searches, String sessionId) {
        try {
            var summary = searches.session(sessionId).session();
            return "human_active".equals(summary.status()) ? summary.assignedAgentName() : null;
        } catch (NuraException e) {
            return null;
        }
    }

    private Desk desk() {
        if (desk == null) {
            desk = desks.desk(session.caller(), reads.snapshot());
        }
        return desk;
    }

    /** A handoff trigger's name in the user's language; a reason the customer or a client wrote stays as written. */
    public String reason(String code) {
        return Notices.label("hmsg", "reason.", code);
    }
}
