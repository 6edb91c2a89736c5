package org.nura.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nura.knowledge.control.Languages;
import org.nura.knowledge.entity.TopicNode;
import org.nura.platform.control.NuraException;

/** The guided topic tree, labelled in the customer's language. */
@Stateless
public class Topics {

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** The whole tree from its root, in {@code lang} (Arabic when null). */
    public TopicView tree(String lang) {
        String wanted = Languages.requireOrDefault(lang);
        List<TopicNode> nodes = em.createNamedQuery("TopicNode.findAll", TopicNode.class).getResultList();
        Map<String, List<TopicNode>> children = new HashMap<>();
        TopicNode root = null;
        for (TopicNode node : nodes) {
            if (node.parentId() == null) {
                root = node;
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        if (root == null) {
            throw NuraException.notFound("topics_not_found", "The topic tree is empty");
        }
        return view(root, children, wanted);
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
