package org.nura.admin.jobs;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.jobs.boundary.JobView;
import org.nura.jobs.boundary.Jobs;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;

/**
 * The background jobs screen: how many jobs are in each state, the newest in the chosen state (dead ones first),
 * and a re-drive button for each dead job once its cause is fixed.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 100;

    @Inject
    Jobs jobs;

    @Inject
    AuditLogs audit;

    @Inject
    ConsoleSession session;

    private String status = "dead";
    private transient List<JobView> rows;
    private transient Map<String, Long> counts;

    public List<JobView> getRows() {
        if (rows == null) {
            rows = jobs.list(status, null, PAGE);
        }
        return rows;
    }

    public Map<String, Long> getCounts() {
        if (counts == null) {
            counts = jobs.counts();
        }
        return counts;
    }

    /** Runs a dead job again; the outcome is a message at the top of the page. */
    public void redrive(String jobId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            JobView job = jobs.redrive(jobId);
            audit.store(new AuditRecorded(session.getUsername(), "job.redrive", "job:" + jobId, "console"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Notices.text("msg", "jobs.redriven"),
                    Notices.text("msg", "jobs.redriven.detail", job.type(), job.jobId())));
        } catch (NuraException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Notices.text("msg", "jobs.notredriven"),
                    e.getMessage()));
        }
        refresh();
    }

    public void refresh() {
        rows = null;
        counts = null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = List.of("dead", "retrying", "queued", "done").contains(status) ? status : "dead";
        refresh();
    }
}
