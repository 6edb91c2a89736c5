package org.nura.knowledge.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Logger;
import org.nura.knowledge.control.KnowledgeRevisions;
import org.nura.knowledge.control.ShippedTenant;
import org.nura.knowledge.entity.KnowledgeDocument;
import org.nura.platform.control.AfterCommit;

/**
 * On first start, stores the shipped sample tenant in the empty knowledge tables (the PDF handbook through
 * ingestion, and chunks for documents that have none), then trains the on-box model from the database. Tables that already hold rows are left alone, and nothing is seeded once the knowledge was edited (console
 * or upload): from then on the content is data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class TenantContentLoader {

    /** The PDF handbook shipped with the application; PDF needs the ingestion path, so it is not seeded as text. */
    static final String SHIPPED_PDF = "agent-handbook-en.pdf";

    private static final Logger LOG = Logger.getLogger(TenantContentLoader.class.getName());

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    ShippedTenant shipped;

    @Inject
    OnBoxModels models;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    KnowledgeRevisions revisions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @PostConstruct
    void load() {
        // the order matters: topics and intents refer to articles; once a supervisor has edited the knowledge it is
        // the tenant's own, and a table they emptied stays empty
        boolean edited = revisions.edited();
        seed(edited, "articles", () -> shipped.articles());
        seed(edited, "topic_nodes", () -> shipped.topics());
        seed(edited, "intents", () -> shipped.intents());
        seed(edited, "intent_examples", () -> shipped.examples());
        seed(edited, "knowledge_documents", () -> shipped.documents());
        em.flush();
        if (em.find(KnowledgeDocument.class, SHIPPED_PDF) == null) {
            documents.storeShipped(SHIPPED_PDF, shipped.handbookBytes(SHIPPED_PDF));
            LOG.info(() -> "Ingested the shipped handbook " + SHIPPED_PDF);
        }
        int chunked = documents.chunkMissing();
        if (chunked > 0) {
            LOG.info(() -> "Stored the chunks of " + chunked + " handbook documents");
        }
        trainAfterCommit();
    }

    /**
     * The first model is trained on a managed thread once the seeding has committed, while the server goes on
     * deploying the web modules (training held the deployment up for 8 of a quiet start's 41 s, issue #17).
     * Readiness stays DOWN until the model is in place (HealthChecks); should the task fail, KnowledgeSync's next
     * tick trains, as this node's model revision is older than the stored one until then.
     */
    private void trainAfterCommit() {
        AfterCommit.run(transactions, () -> executor.execute(models::retrainAfterCommit));
    }

    private void seed(boolean edited, String table, java.util.function.Supplier<List<?>> rows) {
        if (edited) {
            return;
        }
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult();
        if (count.longValue() > 0) {
            return;
        }
        List<?> entities = rows.get();
        for (Object entity : entities) {
            em.persist(entity);
            em.flush(); // keeps rows in list order, parents before children, whatever the provider's batching
        }
        LOG.info(() -> "Loaded " + entities.size() + " rows of the sample tenant into " + table);
    }
}
