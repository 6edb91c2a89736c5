package org.nura.admin.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.boundary.AuditView;
import org.nura.security.boundary.SecurityEventView;
import org.nura.security.boundary.SecurityLogs;

/**
 * The admins' security and audit logs, newest first, each filtered by kind or action. Everything in these rows may
 * come from an attacker (user names, user agents, paths), so the page only ever shows them as escaped text.
 */
@Named
@ViewScoped
public class LogsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 200;
    /** The kinds NURA writes today; kinds seen in the newest rows are offered as well, so new ones appear. */
    static final List<String> KINDS = List.of("login_failed", "login_rate_limited", "token_refused", "role_denied",
            "rate_limited", "identity_verification_failed", "telegram_webhook_refused");
    static final List<String> ACTIONS = List.of("user.create", "user.update", "user.password", "ai.switch",
            "job.redrive", "canned_reply.create", "canned_reply.update", "canned_reply.delete", "handoff.transfer",
            "handoff.takeover", "knowledge.upload", "knowledge.reindex", "customer.exported", "customer.erased");

    @Inject
    SecurityLogs securityLogs;

    @Inject
    AuditLogs auditLogs;

    private String kind;
    private String action;
    private int tab;
    private transient List<SecurityEventView> events;
    private transient List<AuditView> audits;

    public List<SecurityEventView> getEvents() {
        if (events == null) {
            events = securityLogs.recent(kind, PAGE);
        }
        return events;
    }

    public List<AuditView> getAudits() {
        if (audits == null) {
            audits = auditLogs.recent(action, PAGE);
        }
        return audits;
    }

    public List<String> getKinds() {
        return choices(KINDS, kind, getEvents(), SecurityEventView::kind);
    }

    public List<String> getActions() {
        return choices(ACTIONS, action, getAudits(), AuditView::action);
    }

    public void refresh() {
        events = null;
        audits = null;
    }

    static <T> List<String> choices(List<String> known, String chosen, List<T> rows, Function<T, String> of) {
        TreeSet<String> all = new TreeSet<>(known);
        rows.stream().map(of).filter(v -> v != null && !v.isBlank()).forEach(all::add);
        Stream.ofNullable(chosen).filter(v -> !v.isBlank()).forEach(all::add);
        return List.copyOf(all);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = blankToNull(kind);
        events = null;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = blankToNull(action);
        audits = null;
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab == 1 ? 1 : 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
