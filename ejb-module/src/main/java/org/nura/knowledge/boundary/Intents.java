package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nura.knowledge.control.KnowledgeChanged;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.KnowledgeRevisions;
import org.nura.knowledge.control.Languages;
import org.nura.knowledge.control.ModelHolder;
import org.nura.knowledge.control.Understanding;
import org.nura.knowledge.entity.Intent;
import org.nura.knowledge.entity.IntentExample;
import org.nura.platform.control.NuraException;

/**
 * The intents with their example phrasings. Adding, editing or removing a phrasing bumps the knowledge revision;
 * the on-box model is retrained after the commit, before the call returns on this node (other nodes follow on
 * their timer), so the supervisor's next {@link #probe} already meets the new model.
 */
@Stateless
public class Intents {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    KnowledgeRevisions revisions;

    @Inject
    KnowledgeConfig config;

    @Inject
    ModelHolder holder;

    @Inject
    Event<KnowledgeChanged> changed;

    /** Every intent with its phrasings, by id. */
    public List<IntentRow> list() {
        Map<String, List<IntentRow.Example>> examples = new LinkedHashMap<>();
        for (IntentExample e : em.createNamedQuery("IntentExample.findAll", IntentExample.class).getResultList()) {
            examples.computeIfAbsent(e.intentId(), k -> new ArrayList<>())
                    .add(new IntentRow.Example(e.id(), e.intentId(), e.lang(), e.text()));
        }
        return em.createNamedQuery("Intent.findAll", Intent.class).getResultList().stream()
                .map(i -> new IntentRow(i.id(), i.action(), i.articleIds(), examples.getOrDefault(i.id(), List.of())))
                .toList();
    }

    public IntentRow.Example addExample(String intent, String lang, String text) {
        String checked = check(intent, text);
        String language = language(lang);
        duplicate(intent, checked, null);
        IntentExample example = new IntentExample(intent, language, checked);
        em.persist(example);
        changedBy("example added to " + intent);
        return new IntentRow.Example(example.id(), intent, language, example.text());
    }

    /** A corrected phrasing, or the phrasing moved to another intent. */
    public IntentRow.Example editExample(long id, String intent, String lang, String text) {
        IntentExample example = existing(id);
        String checked = check(intent, text);
        String language = language(lang);
        duplicate(intent, checked, id);
        example.edit(intent, language, checked);
        changedBy("example " + id + " edited");
        return new IntentRow.Example(id, intent, language, example.text());
    }

    public void removeExample(long id) {
        em.remove(existing(id));
        changedBy("example " + id + " removed");
    }

    /** What the running model makes of a phrasing now: intent, confidence, and the revision it was trained on. */
    public Probe probe(String text) {
        String checked = text == null ? "" : text.strip();
        if (checked.isEmpty() || checked.length() > config.evaluationMaxQuestionChars()) {
            throw NuraException.invalid("probe_invalid", "Type a phrasing of at most "
                    + config.evaluationMaxQuestionChars() + " characters");
        }
        Understanding u = holder.current().orElseThrow(() -> new NuraException(NuraException.Kind.UNAVAILABLE,
                "model_not_ready", "The on-box model is still training; try again in a moment"))
                .understand(checked, null);
        return new Probe(checked, u.intent(), u.confidence(), u.action(), holder.revision());
    }

    private void changedBy(String reason) {
        em.flush();
        revisions.bump();
        changed.fire(new KnowledgeChanged(reason));
    }

    private String check(String intent, String text) {
        if (intent == null || em.find(Intent.class, intent) == null) {
            throw NuraException.invalid("intent_unknown", "No intent " + intent);
        }
        String checked = text == null ? "" : text.strip();
        int max = config.evaluationMaxQuestionChars();
        if (checked.isEmpty() || checked.length() > max) {
            throw NuraException.invalid("example_invalid", "A phrasing has 1 to " + max + " characters");
        }
        return checked;
    }

    private void duplicate(String intent, String text, Long except) {
        boolean taken = em.createNamedQuery("IntentExample.findByIntentAndText", IntentExample.class)
                .setParameter("intent", intent).setParameter("text", text).getResultList().stream()
                .anyMatch(e -> except == null || e.id() != except);
        if (taken) {
            throw NuraException.conflict("example_exists", "The intent " + intent + " has this phrasing already");
        }
    }

    /** Blank: guessed when the model learns; otherwise one of the languages the assistant speaks. */
    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        if (!Languages.supported(lang)) {
            throw NuraException.invalid("unknown_lang", "lang must be one of " + Languages.SUPPORTED + ", not '"
                    + lang + "'");
        }
        return lang;
    }

    private IntentExample existing(long id) {
        IntentExample example = em.find(IntentExample.class, id);
        if (example == null) {
            throw NuraException.notFound("example_not_found", "No example phrasing " + id);
        }
        return example;
    }

    /** The model's reading of one phrasing (serializable: the console keeps it in a view-scoped bean). */
    public record Probe(String text, String intent, double confidence, String action, long revision)
            implements java.io.Serializable {
    }
}
