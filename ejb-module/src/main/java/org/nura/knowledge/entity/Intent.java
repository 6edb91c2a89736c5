package org.nura.knowledge.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An intent of the tenant's taxonomy: what the assistant does about it and the articles that answer it. */
@Entity
@Table(name = "intents")
@NamedQuery(name = "Intent.findAll", query = "SELECT i FROM Intent i ORDER BY i.id")
public class Intent {

    public static final Set<String> ACTIONS = Set.of("answer", "handoff", "decline");

    @Id
    private String id;

    @Column(nullable = false)
    private String action;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intent_articles", joinColumns = @JoinColumn(name = "intent_id"))
    @OrderColumn(name = "position")
    @Column(name = "article_id", nullable = false)
    private List<Integer> articleIds = new ArrayList<>();

    protected Intent() {
    }

    public Intent(String id, String action, List<Integer> articleIds) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("an intent needs an id of at most 64 characters");
        }
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("intent " + id + ": action must be one of " + ACTIONS);
        }
        if ("answer".equals(action) && (articleIds == null || articleIds.isEmpty())) {
            throw new IllegalArgumentException("intent " + id + " answers with articles, but names none");
        }
        this.id = id;
        this.action = action;
        this.articleIds = new ArrayList<>(articleIds == null ? List.of() : articleIds);
    }

    public String id() {
        return id;
    }

    public String action() {
        return action;
    }

    public List<Integer> articleIds() {
        return List.copyOf(articleIds);
    }
}
