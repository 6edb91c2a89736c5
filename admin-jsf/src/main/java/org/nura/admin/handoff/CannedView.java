package org.nura.admin.handoff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.handoff.boundary.CannedReplies;
import org.nura.handoff.boundary.CannedReplyView;
import org.nura.platform.control.NuraException;

/**
 * The canned replies screen: agents find a reply by its title (the shortcut they type in the chat) or its words,
 * in one language or all; supervisors also add, change and delete them. The page hides the controls from agents,
 * this view refuses them again, and so does the boundary.
 */
@Named
@ViewScoped
public class CannedView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> LANGS = List.of("ar", "ku", "en");
    private static final Set<String> REFUSALS = Set.of("forbidden", "invalid_canned_reply", "canned_reply_not_found");

    @Inject
    CannedReplies replies;

    @Inject
    ConsoleSession session;

    private String query;
    private String lang;
    /** The reply being edited, or null while the form adds a new one. */
    private Long editedId;
    private String title;
    private String body;
    private String formLang = "ar";
    private transient List<CannedReplyView> all;

    public List<CannedReplyView> getRows() {
        if (all == null) {
            all = replies.all();
        }
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(r -> lang == null || lang.equals(r.lang()))
                .filter(r -> q.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(q)
                        || r.body().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    /** Supervisors (and admins) manage the replies; agents only use them. */
    public boolean isManager() {
        return session.has("supervisor");
    }

    public List<String> getLangs() {
        return LANGS;
    }

    public void edit(long id) {
        if (!allowed()) {
            return;
        }
        getRows();
        all.stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            editedId = id;
            title = r.title();
            body = r.body();
            formLang = r.lang();
        });
    }

    /** Adds a reply, or saves the one being edited. */
    public void save() {
        if (!allowed()) {
            return;
        }
        try {
            if (editedId == null) {
                replies.create(title, body, formLang, session.caller());
                Notices.info("hmsg", "canned.created", title);
            } else {
                replies.update(editedId, title, body, formLang, session.caller());
                Notices.info("hmsg", "canned.saved", title);
            }
            clear();
        } catch (NuraException e) {
            refused(e);
        }
    }

    public void delete(long id) {
        if (!allowed()) {
            return;
        }
        try {
            replies.delete(id, session.caller());
            Notices.info("hmsg", "canned.deleted");
            if (Long.valueOf(id).equals(editedId)) {
                clear();
            }
        } catch (NuraException e) {
            refused(e);
        }
        all = null;
    }

    public void clear() {
        editedId = null;
        title = null;
        body = null;
        formLang = "ar";
        all = null;
    }

    /** The view's own check: a hidden button can still be posted by hand. */
    private boolean allowed() {
        if (isManager()) {
            return true;
        }
        Notices.error("hmsg", "canned.refused.forbidden");
        return false;
    }

    private static void refused(NuraException e) {
        Notices.error("hmsg", REFUSALS.contains(e.code()) ? "canned.refused." + e.code() : "canned.refused.other",
                e.getMessage());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = LANGS.contains(lang) ? lang : null;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFormLang() {
        return formLang;
    }

    public void setFormLang(String formLang) {
        this.formLang = formLang;
    }
}
