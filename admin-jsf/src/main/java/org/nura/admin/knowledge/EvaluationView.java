package org.nura.admin.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.knowledge.boundary.Evaluations;
import org.nura.knowledge.control.EvaluationReport;
import org.nura.platform.control.NuraException;
import org.primefaces.model.file.UploadedFile;

/**
 * The evaluation screen: a labelled CSV ({@code id,intent,question[,reference_answer]}, uploaded or pasted) scored
 * by the running on-box model, with the report's tables: accuracy, per language, tag and intent, confusions,
 * calibration, and what the confidence threshold keeps.
 */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A CSV of the largest evaluation set is well under this; bigger uploads are refused before reading. */
    static final long MAX_CSV_BYTES = 4L * 1024 * 1024;

    @Inject
    Evaluations evaluations;

    @Inject
    ConsoleSession session;

    private transient UploadedFile file;
    private String csv;
    private EvaluationReport report;
    private String source;

    public long getMaxBytes() {
        return MAX_CSV_BYTES;
    }

    public void run() {
        String text = csv;
        String name = null;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_CSV_BYTES) {
                Notices.error("kmsg", "evaluation.toolarge");
                return;
            }
            text = new String(file.getContent(), StandardCharsets.UTF_8);
            name = file.getFileName();
        }
        if (text == null || text.isBlank()) {
            Notices.error("kmsg", "evaluation.nocsv");
            return;
        }
        try {
            report = evaluations.evaluate(text.startsWith("\uFEFF") ? text.substring(1) : text);
            source = name;
            Notices.info("kmsg", "evaluation.done", report.questions());
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        } finally {
            file = null;
        }
    }

    public EvaluationReport getReport() {
        return report;
    }

    public String getSource() {
        return source;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }
}
