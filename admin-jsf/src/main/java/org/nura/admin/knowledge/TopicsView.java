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
import org.nura.knowledge.boundary.TopicRow;
import org.nura.knowledge.boundary.Topics;
import org.nura.knowledge.control.Languages;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;

/**
 * The topic tree screen: the tree as an indented list; a node chosen in it can be moved (parent, place among its
 * siblings), relabelled per language and linked to an article; a new node is added under any node.
 */
@Named
@ViewScoped
public class TopicsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Topics topics;

    @Inject
    Articles articles;

    @Inject
    AuditLogs audit;

    @Inject
    ConsoleSession session;

    /** The node being edited, or null when adding a new one. */
    private String selected;
    private String newId;
    private String parentId;
    private int position;
    private Integer articleId;
    private final Map<String, String> labels = new HashMap<>();
    private transient List<TopicRow> rows;
    private transient List<ArticleDetail> liveArticles;

    public List<TopicRow> getRows() {
        if (rows == null) {
            rows = topics.rows();
        }
        return rows;
    }

    public List<ArticleDetail> getArticles() {
        if (liveArticles == null) {
            liveArticles = articles.list().stream().filter(a -> !a.retired()).toList();
        }
        return liveArticles;
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    public String label(TopicRow row) {
        return row.label(session.getLanguage());
    }

    public String articleTitle(ArticleDetail article) {
        return "#" + article.id() + " " + article.title(session.getLanguage());
    }

    public String direction(String lang) {
        return KnowledgeNotices.direction(lang);
    }

    /** Chooses a node to edit: its place and labels fill the form. */
    public void select(String id) {
        getRows().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
            selected = r.id();
            parentId = r.parentId();
            position = r.position();
            articleId = r.articleId();
            labels.clear();
            labels.putAll(r.labels());
        });
    }

    /** Starts a new node under {@code parent}. */
    public void addUnder(String parent) {
        selected = null;
        newId = "";
        parentId = parent;
        articleId = null;
        labels.clear();
    }

    public void add() {
        act("knowledge.topic.add", () -> topics.add(newId, parentId, labels, articleId));
    }

    public void move() {
        act("knowledge.topic.move", () -> topics.move(selected, parentId, position));
    }

    public void relabel() {
        act("knowledge.topic.relabel", () -> topics.relabel(selected, labels));
    }

    public void link() {
        act("knowledge.topic.link", () -> topics.link(selected, articleId));
    }

    public void close() {
        selected = null;
        parentId = null;
    }

    private void act(String action, java.util.function.Supplier<TopicRow> change) {
        try {
            TopicRow row = change.get();
            audit.store(new AuditRecorded(session.getUsername(), action, "topic:" + row.id(), "console"));
            Notices.info("kmsg", "topics.saved", label(row));
            rows = null;
            select(row.id());
        } catch (NuraException e) {
            KnowledgeNotices.refused(e);
        }
    }

    public boolean isAdding() {
        return selected == null && parentId != null;
    }

    public String getSelected() {
        return selected;
    }

    public String getNewId() {
        return newId;
    }

    public void setNewId(String newId) {
        this.newId = newId;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Integer getArticleId() {
        return articleId;
    }

    public void setArticleId(Integer articleId) {
        this.articleId = articleId;
    }

    public Map<String, String> getLabels() {
        return labels;
    }
}
