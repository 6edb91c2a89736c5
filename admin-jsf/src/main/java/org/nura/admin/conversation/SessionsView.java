package org.nura.admin.conversation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.SessionSearches;
import org.nura.analytics.control.SessionCriteria;
import org.nura.analytics.control.SessionPage;
import org.nura.analytics.control.SessionSummary;
import org.nura.platform.control.NuraException;

/**
 * Session search: words the conversation contains (folded the way NURA folds Arabic, Kurmanji and English),
 * customer, status, channel, agent and dates, newest first, a page at a time. The criteria are the page's
 * parameters, so a search can be bookmarked and the pages are plain links.
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The session states as the search accepts them (SessionSearches refuses any other). */
    static final List<String> STATUSES = List.of("bot", "pending_handoff", "human_active", "resolved");

    @Inject
    SessionSearches searches;

    private String q;
    private String customer;
    private String status;
    private String channel;
    private String agent;
    private String from;
    private String to;
    private int page = 1;
    private transient SessionPage result;

    /** Runs the search the parameters describe; a refused criterion is a message above an empty table. */
    public void load() {
        try {
            result = searches.search(SessionCriteria.of(q, status, channel, agent, customer, from, to, page));
        } catch (NuraException e) {
            Notices.refused(e);
            result = null;
        }
    }

    /** A new search starts at its first page. */
    public String search() {
        page = 1;
        return "/conversation/sessions?faces-redirect=true&includeViewParams=true";
    }

    public List<SessionSummary> getSessions() {
        return result == null ? List.of() : result.sessions();
    }

    public boolean isHasMore() {
        return result != null && result.hasMore();
    }

    public boolean isSearched() {
        return result != null;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
