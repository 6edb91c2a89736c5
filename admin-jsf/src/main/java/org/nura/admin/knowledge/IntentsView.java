package org.nura.admin.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.knowledge.boundary.IntentRow;
import org.nura.knowledge.boundary.Intents;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;

/**
 * The intents screen: one intent's example phrasings (add, edit, move to another intent, remove), a box to try a
 * phrasing on the running model, and what a change did: the phrasing's answer before and after retraining. The
 * model's cross-validated accuracy before and after is {@link IntentEvaluationView}'s.
 */
@Named
@ViewScoped
public class IntentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Intents intents;

    @Inject
    AuditLogs audit;

    @Inject
    ConsoleSession session;

    private String intent;
    private String text;
    private String lang;
    private Long editingId;
    private String editText;
    private String editIntent;
    private String editLang;
    private String probeText;
    private Intents.Probe probe;
    private Change change;
    private transient List<IntentRow> rows;

    /** A change and the answer to its phrasing before and after the retraining it caused. */
    public record Change(String text, Intents.Probe before, Intents.Probe after) implements Serializable {
    }

    public List<IntentRow> getRows() {
        if (rows == null) {
            rows = intents.list();
            if (intent == null && !rows.isEmpty()) {
                intent = rows.get(0).id();
            }
        }
        return rows;
    }

    public IntentRow getCurrent() {
        return getRows().stream().filter(r -> r.id().equals(intent)).findFirst().orElse(null);
    }

    public void add() {
        Intents.Probe before = quietProbe(text);
        change("knowledge.example.add", text, () -> intents.addExample(intent, lang, text), before);
        if (change != null && change.text().equals(text == null ? null : text.strip())) {
            text = null;
        }
    }

    public void edit(long id) {
        getCurrent().examples().stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> {
            editingId = id;
            editText = e.text();
            editIntent = e.intent();
            editLang = e.lang();
        });
    }

    public void saveEdit() {
        Intents.Probe before = quietProbe(editText);
        change("knowledge.example.edit", editText, () -> intents.editExample(editingId, editIntent, editLang,
                editText), before);
        editingId = null;
    }

    public void cancelEdit() {
        editingId = null;
    }

    public void remove(long id) {
        String removed = getCurrent().examples().stream().filter(e -> e.id() == id).map(IntentRow.Example::text)
                .findFirst().orElse(null);
        Intents.Probe before = quietProbe(removed);
        change("knowledge.example.remove", removed, () -> {
            intents.removeExample(id);
            return null;
        }, before);
    }

    public void runProbe() {
        try {
            probe = intents.probe(probeText);
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    private void change(String action, String phrasing, java.util.function.Supplier<IntentRow.Example> work,
            Intents.Probe before) {
        try {
            IntentRow.Example example = work.get();
            audit.store(new AuditRecorded(session.getUsername(), action, "intent:" + (example == null ? intent
                    : example.intent()), "console"));
            change = new Change(phrasing == null ? null : phrasing.strip(), before, quietProbe(phrasing));
            Notices.info("kmsg", "intents.retrained");
            rows = null;
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    private Intents.Probe quietProbe(String phrasing) {
        try {
            return phrasing == null || phrasing.isBlank() ? null : intents.probe(phrasing);
        } catch (NuraException e) {
            return null;
        }
    }

    public String getIntent() {
        return intent;
    }

    public void setIntent(String intent) {
        this.intent = intent;
        editingId = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public String getEditIntent() {
        return editIntent;
    }

    public void setEditIntent(String editIntent) {
        this.editIntent = editIntent;
    }

    public String getEditLang() {
        return editLang;
    }

    public void setEditLang(String editLang) {
        this.editLang = editLang;
    }

    public String getProbeText() {
        return probeText;
    }

    public void setProbeText(String probeText) {
        this.probeText = probeText;
    }

    public Intents.Probe getProbe() {
        return probe;
    }

    public Change getChange() {
        return change;
    }
}
