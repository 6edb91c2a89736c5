package org.nura.admin.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.knowledge.boundary.DocumentView;
import org.nura.knowledge.boundary.IngestionView;
import org.nura.knowledge.boundary.KnowledgeDocuments;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;
import org.primefaces.model.file.UploadedFile;

/**
 * The handbook documents screen: upload a Markdown or PDF handbook (at most KNOWLEDGE_MAX_UPLOAD_BYTES), the
 * documents with their chunks and last ingestion, and the ingestion log with refused uploads and their reasons.
 */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LOG_ROWS = 50;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    AuditLogs audit;

    @Inject
    ConsoleSession session;

    private transient UploadedFile file;
    private String lang;
    private transient List<DocumentView> rows;
    private transient List<IngestionView> log;

    public List<DocumentView> getRows() {
        if (rows == null) {
            rows = documents.list();
        }
        return rows;
    }

    public List<IngestionView> getLog() {
        if (log == null) {
            log = documents.log(LOG_ROWS);
        }
        return log;
    }

    public long getMaxBytes() {
        return documents.maxUploadBytes();
    }

    public long getMaxMegabytes() {
        return Math.max(1, documents.maxUploadBytes() / (1024 * 1024));
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Notices.error("kmsg", "documents.nofile");
            return;
        }
        try {
            DocumentView stored = documents.upload(file.getFileName(), file.getContent(), lang == null || lang.isBlank()
                    ? null : lang);
            audit.store(new AuditRecorded(session.getUsername(), "knowledge.upload", "document:" + stored.documentId(),
                    file.getSize() + " bytes"));
            Notices.info("kmsg", "documents.uploaded", stored.filename(), stored.chunks());
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        } finally {
            file = null;
            rows = null;
            log = null;
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
