package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.nura.knowledge.control.HandbookChunker;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.KnowledgeRevisions;
import org.nura.knowledge.control.ModelHolder;
import org.nura.knowledge.control.OnBoxModel;
import org.nura.knowledge.control.TenantContent;
import org.nura.knowledge.entity.Article;
import org.nura.knowledge.entity.Intent;
import org.nura.knowledge.entity.IntentExample;
import org.nura.knowledge.entity.KnowledgeChunk;
import org.nura.knowledge.entity.KnowledgeDocument;

/** Trains the on-box model from the tenant content in PostgreSQL; call {@link #retrain} whenever content changes. */
@Stateless
public class OnBoxModels {

    private static final Logger LOG = Logger.getLogger(OnBoxModels.class.getName());

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    KnowledgeConfig config;

    @Inject
    ModelHolder holder;

    @Inject
    KnowledgeRevisions revisions;

    /**
     * {@link #retrain} for a caller that runs after a commit (an {@code AFTER_SUCCESS} observer), in a transaction of
     * its own. Joining the caller's would fail on WildFly: there the observer runs while the committed transaction
     * is still bound to the thread, and the datasource refuses to enlist in it ("IJ000461: Could not enlist in
     * transaction"), so the upload was stored but the model never learnt it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void retrainAfterCommit() {
        retrain();
    }

    /** Builds a new model from the stored content and puts it in place of the old one. */
    public void retrain() {
        holder.lockTraining();
        try {
            train();
        } finally {
            holder.unlockTraining();
        }
    }

    /**
     * Retrains when another node changed the knowledge since this node's model was trained; a tick that finds a
     * training running leaves it alone (that training reads the newest content anyway). Answers whether it trained.
     */
    public boolean catchUp() {
        if (!holder.tryLockTraining()) {
            return false;
        }
        try {
            if (revisions.current() <= holder.revision()) {
                return false;
            }
            train();
            return true;
        } finally {
            holder.unlockTraining();
        }
    }

    /** The revision is read before the content: a change committed in between makes the next tick train again. */
    private void train() {
        long started = System.nanoTime();
        long revision = revisions.current();
        TenantContent content = content();
        holder.replace(OnBoxModel.train(content), revision);
        LOG.info(() -> "On-box model trained (knowledge revision " + revision + ") on " + content.articles().size()
                + " articles, " + content.intents().size() + " intents, " + content.examples().size() + " examples, "
                + content.chunks().size() + " handbook chunks in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The stored content the model learns from (live articles only), for an evaluation run. */
    public TenantContent storedContent() {
        return content();
    }

    TenantContent content() {
        List<TenantContent.Article> articles = new ArrayList<>();
        java.util.Set<Integer> active = new java.util.HashSet<>();
        // retired articles are neither learnt from nor answered with
        for (Article a : em.createNamedQuery("Article.findActive", Article.class).getResultList()) {
            active.add(a.id());
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> bodies = new LinkedHashMap<>();
            a.texts().forEach((lang, text) -> {
                titles.put(lang, text.title());
                bodies.put(lang, text.body());
            });
            articles.add(new TenantContent.Article(a.id(), titles, bodies));
        }
        List<TenantContent.IntentDef> intents = em.createNamedQuery("Intent.findAll", Intent.class).getResultList()
                .stream().map(i -> new TenantContent.IntentDef(i.id(),
                        i.articleIds().stream().filter(active::contains).toList(), i.action())).toList();
        List<TenantContent.Example> examples = em.createNamedQuery("IntentExample.findAll", IntentExample.class)
                .getResultList().stream().map(e -> new TenantContent.Example(e.intentId(), e.text(), e.lang(), null)).toList();
        return new TenantContent(articles, intents, examples, chunks());
    }

    /** The stored chunks of each document; a document stored as text without chunks is chunked as Markdown here. */
    private List<TenantContent.Chunk> chunks() {
        Map<String, List<TenantContent.Chunk>> stored = new LinkedHashMap<>();
        for (KnowledgeChunk c : em.createNamedQuery("KnowledgeChunk.findAll", KnowledgeChunk.class).getResultList()) {
            stored.computeIfAbsent(c.documentId(), k -> new ArrayList<>())
                    .add(new TenantContent.Chunk(c.chunkId(), c.documentId(), c.title(), c.text(), c.lang()));
        }
        HandbookChunker chunker = new HandbookChunker(config.ragChunkSize());
        List<TenantContent.Chunk> chunks = new ArrayList<>();
        for (KnowledgeDocument d : em.createNamedQuery("KnowledgeDocument.findAll", KnowledgeDocument.class)
                .getResultList()) {
            List<TenantContent.Chunk> own = stored.get(d.documentId());
            chunks.addAll(own != null ? own : chunker.markdown(d.documentId(), d.lang(), d.content()));
        }
        return chunks;
    }
}
