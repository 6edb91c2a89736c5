package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.nura.knowledge.entity.KnowledgeGapState;
import org.nura.platform.control.NuraException;

/**
 * The supervisor's decisions on knowledge gaps (the questions the assistant answered badly, as the analytics report
 * groups them by normalized text): dismiss one, or turn it into an example phrasing of an intent or a new article,
 * the decision stored in the same transaction as the phrasing or article. The gaps themselves are analytics' to
 * find; knowledge only keeps what was decided, so it depends on nothing above it.
 */
@Stateless
public class KnowledgeGaps {

    static final int MAX_KEY = 2000;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    Intents intents;

    @Inject
    Articles articles;

    /** Every decision, by normalized question. */
    public Map<String, GapDecision> decisions() {
        Map<String, GapDecision> all = new HashMap<>();
        for (KnowledgeGapState g : em.createNamedQuery("KnowledgeGapState.findAll", KnowledgeGapState.class)
                .getResultList()) {
            all.put(g.normalized(), new GapDecision(g.normalized(), g.status(), g.target(), g.decidedBy(),
                    g.decidedAt()));
        }
        return all;
    }

    public GapDecision dismiss(String normalized, String by) {
        return decide(normalized, KnowledgeGapState.DISMISSED, null, by);
    }

    /** The gap's question becomes a phrasing of {@code intent}; the model retrains after the commit. */
    public GapDecision toExample(String normalized, String intent, String lang, String question, String by) {
        IntentRow.Example example = intents.addExample(intent, lang, question);
        return decide(normalized, KnowledgeGapState.EXAMPLE, intent + "#" + example.id(), by);
    }

    /** The gap is answered by a new article, written in the languages given. */
    public GapDecision toArticle(String normalized, Map<String, String> titles, Map<String, String> bodies,
            String by) {
        ArticleDetail article = articles.save(null, titles, bodies);
        return decide(normalized, KnowledgeGapState.ARTICLE, String.valueOf(article.id()), by);
    }

    private GapDecision decide(String normalized, String status, String target, String by) {
        if (normalized == null || normalized.isBlank() || normalized.length() > MAX_KEY) {
            throw NuraException.invalid("gap_invalid", "No such knowledge gap");
        }
        KnowledgeGapState state = em.find(KnowledgeGapState.class, normalized);
        if (state == null) {
            state = new KnowledgeGapState(normalized, status, target, by);
            em.persist(state);
        } else {
            state.decide(status, target, by);
        }
        em.flush();
        return new GapDecision(normalized, status, target, by, state.decidedAt());
    }
}
