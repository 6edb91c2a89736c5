package org.nura.admin.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.Reports;
import org.nura.analytics.control.Filters;
import org.nura.analytics.control.ReportRows;
import org.nura.knowledge.boundary.GapDecision;
import org.nura.knowledge.boundary.IntentRow;
import org.nura.knowledge.boundary.Intents;
import org.nura.knowledge.boundary.KnowledgeGaps;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;

/**
 * The knowledge-gap queue: the questions the assistant answered with low confidence or not at all (the analytics
 * report's knowledge_gaps section, which knowledge may not read itself), less those already decided; each can be
 * dismissed or turned into an example phrasing of an intent or a new article.
 */
@Named
@ViewScoped
public class GapsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    KnowledgeGaps gaps;

    @Inject
    Intents intents;

    @Inject
    AuditLogs audit;

    @Inject
    ConsoleSession session;

    private int days = 30;
    private boolean showDecided;
    /** The gap being turned into something, and into what: "example" or "article". */
    private String chosen;
    private String mode;
    private String intent;
    private String lang = "ar";
    private String text;
    private String body;
    private transient List<Row> rows;
    private transient List<String> intentIds;

    /** A gap with the decision taken on it, if any. */
    public record Row(ReportRows.Gap gap, GapDecision decision) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            Map<String, GapDecision> decided = gaps.decisions();
            rows = reports.report(days, null, null, Filters.NONE).knowledgeGaps().stream()
                    .map(g -> new Row(g, decided.get(g.normalized())))
                    .filter(r -> showDecided || r.decision() == null).toList();
        }
        return rows;
    }

    public List<String> getIntentIds() {
        if (intentIds == null) {
            intentIds = intents.list().stream().map(IntentRow::id).toList();
        }
        return intentIds;
    }

    public void dismiss(String normalized) {
        decide("knowledge.gap.dismiss", () -> gaps.dismiss(normalized, session.getUsername()), "gaps.dismissed");
    }

    /** Opens the panel that turns the gap into a phrasing ({@code "example"}) or an article ({@code "article"}). */
    public void choose(String normalized, String into) {
        getRows().stream().filter(r -> r.gap().normalized().equals(normalized)).findFirst().ifPresent(r -> {
            chosen = normalized;
            mode = "article".equals(into) ? "article" : "example";
            text = r.gap().exampleQuestion();
            body = null;
        });
    }

    public void convert() {
        if ("article".equals(mode)) {
            decide("knowledge.gap.article", () -> gaps.toArticle(chosen, Map.of(lang, text == null ? "" : text),
                    Map.of(lang, body == null ? "" : body), session.getUsername()), "gaps.article");
        } else {
            decide("knowledge.gap.example", () -> gaps.toExample(chosen, intent, null, text, session.getUsername()),
                    "gaps.example");
        }
    }

    public void close() {
        chosen = null;
    }

    private void decide(String action, java.util.function.Supplier<GapDecision> work, String notice) {
        try {
            GapDecision done = work.get();
            audit.store(new AuditRecorded(session.getUsername(), action, "gap", done.target()));
            Notices.info("kmsg", notice, done.target() == null ? "" : done.target());
            chosen = null;
            rows = null;
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    public String direction() {
        return KnowledgeNotices.direction(lang);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = List.of(1, 7, 30, 90).contains(days) ? days : 30;
        rows = null;
    }

    public boolean isShowDecided() {
        return showDecided;
    }

    public void setShowDecided(boolean showDecided) {
        this.showDecided = showDecided;
        rows = null;
    }

    public String getChosen() {
        return chosen;
    }

    public String getMode() {
        return mode;
    }

    public String getIntent() {
        return intent;
    }

    public void setIntent(String intent) {
        this.intent = intent;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
