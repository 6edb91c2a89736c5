package org.nura.admin.handoff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.SessionSearches;
import org.nura.analytics.control.SessionHistory;
import org.nura.analytics.control.SessionSummary;
import org.nura.handoff.boundary.CannedReplies;
import org.nura.handoff.boundary.CannedReplyView;
import org.nura.handoff.boundary.Handoffs;
import org.nura.platform.control.NuraException;

/**
 * The chat with one customer: the whole conversation so far, live customer messages (the chat websocket), the reply
 * box with canned replies, accept, transfer (supervisors) and resolve with the outcome fields ({@link OutcomeForm}).
 */
@Named
@ViewScoped
public class ChatView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Session ids are UUIDs or similar tokens; anything else cannot name a session and is not looked up. */
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    SessionSearches searches;

    @Inject
    Handoffs handoffs;

    @Inject
    CannedReplies canned;

    @Inject
    ConsoleSession session;

    @Inject
    ChatReads reads;

    @Inject
    HandoffPush push;

    private String sessionId;
    private String reply;
    private String transferTo;
    private final OutcomeForm outcome = new OutcomeForm();
    private transient SessionHistory history;
    private transient List<CannedReplyView> replies;
    private transient List<ChatLine> lines;
    private boolean found;

    static String outcome(String sessionId) {
        return "/handoff/chat.xhtml?faces-redirect=true&session=" + sessionId;
    }

    /** The page's view action: reads the session, or says there is none; from now on its messages come live. */
    public void load() {
        found = sessionId != null && SESSION_ID.matcher(sessionId).matches() && history() != null;
        if (!found) {
            Notices.error("hmsg", "chat.notfound");
            return;
        }
        push.ensureListening();
        push.watch(sessionId, getPushUser());
        reads.seen(sessionId);
    }

    /** The live messages in view were seen (the page's script calls this after showing one). */
    public void markSeen() {
        if (found) {
            reads.seen(sessionId);
        }
    }

    public void refresh() {
        history = null;
        lines = null;
    }

    public void accept() {
        act(() -> handoffs.accept(sessionId, session.caller()));
    }

    public void send() {
        if (act(() -> handoffs.reply(sessionId, reply, session.caller()))) {
            reply = null;
        }
    }

    /** Supervisors only (as the transfer API): gives the session to the named user, or takes it when none is named. */
    public void transfer() {
        if (!session.has("supervisor")) {
            Notices.error("hmsg", "chat.transfer.denied");
            return;
        }
        if (act(() -> handoffs.transfer(sessionId, transferTo, session.caller()))) {
            Notices.info("hmsg", "chat.transferred");
            transferTo = null;
        }
    }

    public void resolve() {
        if (act(() -> handoffs.resolve(sessionId, outcome.getStatus(), outcome.getCategory(), outcome.getRootCause(),
                outcome.getNotes(), session.caller()))) {
            Notices.info("hmsg", "chat.resolved");
            outcome.clear();
        }
    }

    /** Runs a boundary call; a refusal is a message on the page. The page reads the session again either way. */
    private boolean act(Runnable call) {
        if (!found) {
            Notices.error("hmsg", "chat.notfound");
            return false;
        }
        try {
            call.run();
            return true;
        } catch (NuraException e) {
            QueueView.refused(searches, sessionId, e);
            return false;
        } finally {
            refresh();
        }
    }

    public List<ChatLine> getLines() {
        if (lines == null) {
            lines = found ? ChatLine.of(history()) : List.of();
        }
        return lines;
    }

    public SessionSummary getSummary() {
        return found ? history().session() : null;
    }

    /** The latest handoff's reason, for the header. */
    public String getReason() {
        return found ? Notices.label("hmsg", "reason.", history().session().handoffReason()) : null;
    }

    public boolean isPending() {
        return found && "pending_handoff".equals(history().session().status());
    }

    /** Whether this agent holds the session, so may reply to it and resolve it. */
    public boolean isMine() {
        return found && "human_active".equals(history().session().status())
                && getPushUser().equals(history().session().assignedAgent());
    }

    public boolean isOpen() {
        return found && !"resolved".equals(history().session().status()) && !"bot".equals(history().session().status());
    }

    public List<CannedReplyView> getCanned() {
        if (replies == null) {
            replies = canned.all();
        }
        return replies;
    }

    /** The websocket user of this console session: the chat channel reaches only users who opened a chat. */
    public String getPushUser() {
        return session.caller().userId();
    }

    private SessionHistory history() {
        if (history == null && sessionId != null) {
            try {
                history = searches.session(sessionId);
            } catch (NuraException e) {
                return null;
            }
        }
        return history;
    }

    public boolean isFound() {
        return found;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(String transferTo) {
        this.transferTo = transferTo;
    }

    public OutcomeForm getOutcome() {
        return outcome;
    }
}
