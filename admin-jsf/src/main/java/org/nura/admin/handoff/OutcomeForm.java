package org.nura.admin.handoff;

import java.io.Serializable;
import java.util.List;

/** The resolve dialog's fields: how the handoff ended (status), its category, root cause and notes. */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The outcomes the dialog offers (the API takes any lower-case word; these are the ones reports group by). */
    public static final List<String> STATUSES = List.of("resolved", "unresolved", "follow_up", "escalated");

    private String status = "resolved";
    private String category;
    private String rootCause;
    private String notes;

    void clear() {
        status = "resolved";
        category = null;
        rootCause = null;
        notes = null;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = STATUSES.contains(status) ? status : "resolved";
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
