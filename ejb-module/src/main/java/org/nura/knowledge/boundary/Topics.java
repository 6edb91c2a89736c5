package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nura.knowledge.control.Languages;
import org.nura.knowledge.control.TopicOrder;
import org.nura.knowledge.entity.Article;
import org.nura.knowledge.entity.TopicNode;
import org.nura.platform.control.NuraException;

/**
 * The guided topic tree: customers read it labelled in their language (without nodes of retired articles);
 * supervisors add, move, relabel nodes and link them to articles. Customers read the tree from the database on
 * every request, so an edit reaches every node at once, without retraining.
 */
@Stateless
public class Topics {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** The whole tree from its root, in {@code lang} (Arabic when null). */
    public TopicView tree(String lang) {
        String wanted = Languages.requireOrDefault(lang);
        Set<Integer> retired = new HashSet<>(em.createNamedQuery("Article.retiredIds", Integer.class).getResultList());
        Map<String, List<TopicNode>> children = new HashMap<>();
        TopicNode root = null;
        for (TopicNode node : nodes()) {
            if (node.parentId() == null) {
                root = node;
            } else if (node.articleId() == null || !retired.contains(node.articleId())) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        if (root == null) {
            throw NuraException.notFound("topics_not_found", "The topic tree is empty");
        }
        return view(root, children, wanted);
    }

    /** Every node depth first in sibling order, with all its labels, for the editor. */
    public List<TopicRow> rows() {
        Set<Integer> retired = new HashSet<>(em.createNamedQuery("Article.retiredIds", Integer.class).getResultList());
        Map<String, List<TopicNode>> children = new HashMap<>();
        List<TopicNode> roots = new ArrayList<>();
        for (TopicNode node : nodes()) {
            (node.parentId() == null ? roots : children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()))
                    .add(node);
        }
        List<TopicRow> rows = new ArrayList<>();
        roots.forEach(r -> flatten(r, 0, children, retired, rows));
        return rows;
    }

    /** A new node at the end of its parent's children. */
    public TopicRow add(String id, String parentId, Map<String, String> labels, Integer articleId) {
        String checked = TopicOrder.checkId(id);
        Map<String, String> kept = TopicOrder.checkLabels(labels);
        if (em.find(TopicNode.class, checked) != null) {
            throw NuraException.conflict("topic_exists", "A topic with the id " + checked + " exists already");
        }
        node(parentId, true);
        checkArticle(articleId);
        int position = children(parentId).size();
        em.persist(new TopicNode(checked, parentId, position, articleId, kept));
        em.flush();
        return row(checked);
    }

    /** Moves a node under {@code parentId} (the same or another) at {@code position} among its new siblings. */
    public TopicRow move(String id, String parentId, int position) {
        TopicNode node = node(id, true);
        if (node.parentId() == null) {
            throw NuraException.invalid("topic_root_fixed", "The root of the tree stays where it is");
        }
        node(parentId, false);
        Map<String, String> parentOf = new HashMap<>();
        nodes().forEach(n -> parentOf.put(n.id(), n.parentId()));
        TopicOrder.checkMove(parentOf, id, parentId);
        String oldParent = node.parentId();
        List<String> order = TopicOrder.place(children(parentId).stream().map(TopicNode::id).toList(), id, position);
        node.move(parentId, order.indexOf(id));
        renumber(parentId, order);
        if (!oldParent.equals(parentId)) {
            renumber(oldParent, children(oldParent).stream().map(TopicNode::id).filter(c -> !c.equals(id)).toList());
        }
        em.flush();
        return row(id);
    }

    public TopicRow relabel(String id, Map<String, String> labels) {
        node(id, true).relabel(TopicOrder.checkLabels(labels));
        em.flush();
        return row(id);
    }

    /** Links the node to an article (a live one) or, with null, to none. */
    public TopicRow link(String id, Integer articleId) {
        TopicNode node = node(id, true);
        checkArticle(articleId);
        node.link(articleId);
        em.flush();
        return row(id);
    }

    private void renumber(String parent, List<String> order) {
        for (int i = 0; i < order.size(); i++) {
            TopicNode sibling = em.find(TopicNode.class, order.get(i));
            sibling.move(parent, i);
        }
    }

    private void checkArticle(Integer articleId) {
        if (articleId == null) {
            return;
        }
        Article article = em.find(Article.class, articleId);
        if (article == null || article.retired()) {
            throw NuraException.invalid("topic_article_unknown", "No live article " + articleId + " to link to");
        }
    }

    private TopicNode node(String id, boolean lock) {
        TopicNode node = id == null ? null : lock ? em.find(TopicNode.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(TopicNode.class, id);
        if (node == null) {
            throw NuraException.notFound("topic_not_found", "No topic " + id);
        }
        return node;
    }

    private List<TopicNode> children(String parentId) {
        return nodes().stream().filter(n -> parentId.equals(n.parentId())).toList();
    }

    private List<TopicNode> nodes() {
        return em.createNamedQuery("TopicNode.findAll", TopicNode.class).getResultList();
    }

    private TopicRow row(String id) {
        return rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static void flatten(TopicNode node, int depth, Map<String, List<TopicNode>> children, Set<Integer> retired,
            List<TopicRow> out) {
        List<TopicNode> kids = children.getOrDefault(node.id(), List.of());
        out.add(new TopicRow(node.id(), node.parentId(), node.position(), depth, node.labels(), node.articleId(),
                node.articleId() != null && retired.contains(node.articleId()), kids.size()));
        kids.forEach(k -> flatten(k, depth + 1, children, retired, out));
    }

    private static TopicView view(TopicNode node, Map<String, List<TopicNode>> children, String lang) {
        List<TopicView> kids = children.getOrDefault(node.id(), List.of()).stream()
                .map(child -> view(child, children, lang)).toList();
        return new TopicView(node.id(), label(node, lang), node.articleId(), kids);
    }

    private static String label(TopicNode node, String lang) {
        Map<String, String> labels = node.labels();
        return Languages.preference(lang).stream().map(labels::get).filter(l -> l != null).findFirst().orElse(node.id());
    }
}
