package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nura.knowledge.control.DocumentReader;
import org.nura.knowledge.control.HandbookChunker;
import org.nura.knowledge.control.KnowledgeChanged;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.KnowledgeRevisions;
import org.nura.knowledge.control.TenantContent;
import org.nura.knowledge.entity.IngestionLog;
import org.nura.knowledge.entity.KnowledgeChunk;
import org.nura.knowledge.entity.KnowledgeDocument;
import org.nura.platform.control.NuraException;

/**
 * Handbook ingestion: an upload (Markdown or PDF) is read, chunked and stored with its chunks and an ingestion log
 * row, replacing an earlier upload of the same name; the on-box model is retrained after commit. A refused upload
 * stores nothing but its failed ingestion log row.
 */
@Stateless
public class KnowledgeDocuments {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    KnowledgeConfig config;

    @Inject
    IngestionLogs failures;

    @Inject
    Event<KnowledgeChanged> changed;

    @Inject
    KnowledgeRevisions revisions;

    public int maxUploadBytes() {
        return config.maxUploadBytes();
    }

    public DocumentView upload(String filename, byte[] bytes, String lang) {
        if (bytes.length > maxUploadBytes()) {
            throw new NuraException(NuraException.Kind.TOO_LARGE, "document_too_large",
                    "A document may have at most " + maxUploadBytes() + " bytes");
        }
        OffsetDateTime started = OffsetDateTime.now();
        DocumentReader.Parsed parsed;
        try {
            parsed = reader().read(filename, bytes, lang);
        } catch (DocumentReader.Refused e) {
            failures.failed(new IngestionLog(null, filename, started, 0, e.code() + ": " + e.getMessage()));
            throw NuraException.invalid(e.code(), e.getMessage());
        }
        store(filename, bytes, parsed, started);
        revisions.bump();
        changed.fire(new KnowledgeChanged("upload of " + parsed.documentId()));
        return view(parsed.documentId());
    }

    /** Stores a document shipped with the application without retraining: the caller trains once at the end. */
    public void storeShipped(String filename, byte[] bytes) {
        try {
            store(filename, bytes, reader().read(filename, bytes, null), OffsetDateTime.now());
        } catch (DocumentReader.Refused e) {
            throw new IllegalStateException("shipped document " + filename + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Chunks documents that have none yet (loaded as text before chunks were stored); answers how many. */
    public int chunkMissing() {
        Map<String, Long> counts = chunkCounts();
        int done = 0;
        for (KnowledgeDocument d : documents()) {
            if (!counts.containsKey(d.documentId()) && reingest(d) > 0) {
                done++;
            }
        }
        return done;
    }

    /** Re-chunks every document from its original bytes (or text) and retrains after commit. */
    public ReindexView reindex() {
        long started = System.nanoTime();
        int chunks = 0;
        List<KnowledgeDocument> all = documents();
        for (KnowledgeDocument d : all) {
            chunks += reingest(d);
        }
        revisions.bump();
        changed.fire(new KnowledgeChanged("reindex"));
        return new ReindexView(all.size(), chunks, (System.nanoTime() - started) / 1_000_000);
    }

    /** The newest ingestion runs of every document, refused uploads included, newest first. */
    public List<IngestionView> log(int max) {
        return em.createNamedQuery("IngestionLog.newest", IngestionLog.class).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList().stream().map(l -> new IngestionView(l.documentId(), l.filename(), l.status(), l.chunks(),
                        l.error(), l.startedAt(), l.finishedAt())).toList();
    }

    public List<DocumentView> list() {
        Map<String, Long> counts = chunkCounts();
        Map<String, IngestionLog> latest = latestIngestions();
        return documents().stream().map(d -> view(d, counts.getOrDefault(d.documentId(), 0L),
                latest.get(d.documentId()))).toList();
    }

    private int reingest(KnowledgeDocument d) {
        OffsetDateTime started = OffsetDateTime.now();
        byte[] bytes = d.original() != null ? d.original() : d.content().getBytes(StandardCharsets.UTF_8);
        try {
            DocumentReader.Parsed parsed = reader().read(d.filename(), bytes, d.lang());
            if (!parsed.documentId().equals(d.documentId())) {
                parsed = new DocumentReader.Parsed(d.documentId(), parsed.contentType(), parsed.lang(), parsed.text(),
                        parsed.chunks());
            }
            store(d.filename(), bytes, parsed, started);
            return parsed.chunks().size();
        } catch (DocumentReader.Refused e) {
            em.persist(new IngestionLog(d.documentId(), d.filename(), started, 0, e.code() + ": " + e.getMessage()));
            return 0;
        }
    }

    private void store(String filename, byte[] bytes, DocumentReader.Parsed parsed, OffsetDateTime started) {
        String id = parsed.documentId();
        em.createNamedQuery("KnowledgeChunk.deleteOfDocument").setParameter("id", id).executeUpdate();
        KnowledgeDocument document = em.find(KnowledgeDocument.class, id);
        if (document == null) {
            em.persist(new KnowledgeDocument(id, filename, parsed.lang(), parsed.text(), parsed.contentType(), bytes));
        } else {
            document.replace(filename, parsed.lang(), parsed.text(), parsed.contentType(), bytes);
        }
        em.flush(); // chunks refer to the row by a plain column, so the provider cannot order the inserts itself
        int position = 0;
        for (TenantContent.Chunk c : parsed.chunks()) {
            em.persist(new KnowledgeChunk(c.id(), id, position++, c.title(), c.text(), c.lang()));
        }
        em.persist(new IngestionLog(id, filename, started, parsed.chunks().size(), null));
        em.flush();
    }

    private DocumentView view(String id) {
        return list().stream().filter(v -> v.documentId().equals(id)).findFirst().orElseThrow();
    }

    private static DocumentView view(KnowledgeDocument d, long chunks, IngestionLog log) {
        DocumentView.Ingestion last = log == null ? null : new DocumentView.Ingestion(log.status(), log.chunks(),
                log.error(), log.startedAt(), log.finishedAt());
        return new DocumentView(d.documentId(), d.filename(), d.lang(), d.contentType(), d.sizeBytes(), chunks,
                d.createdAt(), d.updatedAt(), last);
    }

    private List<KnowledgeDocument> documents() {
        return em.createNamedQuery("KnowledgeDocument.findAll", KnowledgeDocument.class).getResultList();
    }

    private Map<String, Long> chunkCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("KnowledgeChunk.countByDocument", Object[].class).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Map<String, IngestionLog> latestIngestions() {
        Map<String, IngestionLog> latest = new HashMap<>();
        em.createNamedQuery("IngestionLog.latestPerDocument", IngestionLog.class).getResultList()
                .forEach(l -> latest.put(l.documentId(), l));
        return latest;
    }

    private DocumentReader reader() {
        return new DocumentReader(new HandbookChunker(config.ragChunkSize()));
    }
}
