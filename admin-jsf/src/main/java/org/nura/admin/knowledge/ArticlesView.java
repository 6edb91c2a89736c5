package org.nura.admin.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.knowledge.boundary.ArticleDetail;
import org.nura.knowledge.boundary.Articles;
import org.nura.knowledge.control.Languages;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;

/** The articles screen: every article with its languages; write a new one, edit one, retire one. */
@Named
@ViewScoped
public class ArticlesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Articles articles;

    @Inject
    AuditLogs audit;

    @Inject
    ConsoleSession session;

    private boolean showRetired;
    private boolean editing;
    private Integer editingId;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private transient List<ArticleDetail> rows;

    public List<ArticleDetail> getRows() {
        if (rows == null) {
            rows = articles.list().stream().filter(a -> showRetired || !a.retired()).toList();
        }
        return rows;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    /** The title to list an article by, in the console's language when the article has it. */
    public String title(ArticleDetail article) {
        return article.title(session.getLanguage());
    }

    public String direction(String lang) {
        return KnowledgeNotices.direction(lang);
    }

    public void newArticle() {
        editing = true;
        editingId = null;
        titles.clear();
        bodies.clear();
    }

    public void edit(int id) {
        try {
            ArticleDetail article = articles.detail(id);
            newArticle();
            editingId = id;
            titles.putAll(article.titles());
            bodies.putAll(article.bodies());
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    public void save() {
        try {
            ArticleDetail saved = articles.save(editingId, titles, bodies);
            audit.store(new AuditRecorded(session.getUsername(), editingId == null ? "knowledge.article.create"
                    : "knowledge.article.edit", "article:" + saved.id(), "console"));
            Notices.info("kmsg", "articles.saved", saved.id());
            editing = false;
            rows = null;
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    public void cancel() {
        editing = false;
    }

    public void retire(int id) {
        try {
            articles.retire(id);
            audit.store(new AuditRecorded(session.getUsername(), "knowledge.article.retire", "article:" + id,
                    "console"));
            Notices.info("kmsg", "articles.retired", id);
            if (editingId != null && editingId == id) {
                editing = false;
            }
            rows = null;
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    public boolean isShowRetired() {
        return showRetired;
    }

    public void setShowRetired(boolean showRetired) {
        this.showRetired = showRetired;
        rows = null;
    }

    public boolean isEditing() {
        return editing;
    }

    public Integer getEditingId() {
        return editingId;
    }

    public Map<String, String> getTitles() {
        return titles;
    }

    public Map<String, String> getBodies() {
        return bodies;
    }
}
