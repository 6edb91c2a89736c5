package org.nura.admin.conversation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.analytics.boundary.SessionSearches;
import org.nura.analytics.control.SessionHistory;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraException;
import org.nura.privacy.boundary.Customers;

/**
 * One session's whole history as a supervisor reviews it (every message with its source, confidence, citations
 * and feedback, the live chat, each handoff with its outcome), and for admins the export of everything stored
 * about its customer.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionSearches searches;

    @Inject
    Customers customers;

    @Inject
    ConsoleSession session;

    private String id;
    private transient SessionHistory history;

    /** Reads the session named by {@code ?id=}; an unknown or missing id is a message, not an error page. */
    public void load() {
        history = null;
        if (id == null || id.isBlank()) {
            Notices.error("cmsg", "session.missing");
            return;
        }
        try {
            history = searches.session(id.strip());
        } catch (NuraException e) {
            Notices.error("cmsg", "session.notfound");
        }
    }

    /**
     * Sends everything stored about the session's customer as a JSON file. The button is drawn for admins only;
     * the role is checked here again (a supervisor could post the form by hand) and once more by the boundary.
     */
    public void exportCustomer() throws IOException {
        if (history == null && id != null) {
            load();
        }
        if (!session.has("admin") || history == null || history.session().customerId() == null) {
            Notices.error("cmsg", "export.refused");
            return;
        }
        Customers.Export export;
        try {
            export = customers.export(history.session().customerId(), session.caller());
        } catch (NuraException e) {
            Notices.refused(e);
            return;
        }
        byte[] json = json(export).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType("application/json; charset=UTF-8");
        out.setResponseContentLength(json.length);
        out.setResponseHeader("Content-Disposition", "attachment; filename=\"customer-export.json\"");
        try (OutputStream body = out.getResponseOutputStream()) {
            body.write(json);
        }
        faces.responseComplete();
    }

    /** The export as the API writes it (snake_case names). */
    static String json(Customers.Export export) {
        JsonArrayBuilder sessions = JsonSupport.arrayBuilder();
        export.sessionIds().forEach(sessions::add);
        return JsonSupport.objectBuilder().add("customer_id", export.customerId())
                .add("exported_at", export.exportedAt().toString()).add("session_ids", sessions)
                .add("tables", export.tables()).build().toString();
    }

    public SessionHistory getHistory() {
        return history;
    }

    public boolean isFound() {
        return history != null;
    }

    public boolean isExportable() {
        return history != null && history.session().customerId() != null && session.has("admin");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
