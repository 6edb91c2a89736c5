package org.nura.knowledge.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * A node of the guided topic tree: a label per language and either children or an article. The parent is kept
 * as an id, not a relation, because the tree is always read whole and assembled in memory.
 */
@Entity
@Table(name = "topic_nodes")
@NamedQuery(name = "TopicNode.findAll", query = "SELECT t FROM TopicNode t ORDER BY t.position, t.id")
public class TopicNode {

    @Id
    private String id;

    @Column(name = "parent_id")
    private String parentId;

    private int position;

    @Column(name = "article_id")
    private Integer articleId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_labels", joinColumns = @JoinColumn(name = "topic_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "label", nullable = false)
    private Map<String, String> labels = new HashMap<>();

    protected TopicNode() {
    }

    public TopicNode(String id, String parentId, int position, Integer articleId, Map<String, String> labels) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("a topic needs an id of at most 64 characters");
        }
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("topic " + id + " cannot be its own parent");
        }
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " needs a label in at least one language");
        }
        this.id = id;
        this.parentId = parentId;
        this.position = position;
        this.articleId = articleId;
        this.labels = new HashMap<>(labels);
    }

    /** Moves the node under {@code newParent} at {@code newPosition}; the caller has checked for cycles. */
    public void move(String newParent, int newPosition) {
        if (id.equals(newParent)) {
            throw new IllegalArgumentException("topic " + id + " cannot be its own parent");
        }
        this.parentId = newParent;
        this.position = newPosition;
    }

    public void relabel(Map<String, String> newLabels) {
        if (newLabels == null || newLabels.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " needs a label in at least one language");
        }
        labels.clear();
        labels.putAll(newLabels);
    }

    /** The article the node opens, or none (a node with children). */
    public void link(Integer article) {
        this.articleId = article;
    }

    public String id() {
        return id;
    }

    public String parentId() {
        return parentId;
    }

    public int position() {
        return position;
    }

    public Integer articleId() {
        return articleId;
    }

    public Map<String, String> labels() {
        return Map.copyOf(labels);
    }
}
