package org.nura.knowledge.boundary;

import java.util.Map;

/**
 * A node of the topic tree for the editor: where it hangs ({@code depth} 0 is the root), its labels per language,
 * the article it opens (and whether that article is retired, which hides the node from customers).
 */
public record TopicRow(String id, String parentId, int position, int depth, Map<String, String> labels,
        Integer articleId, boolean articleRetired, int children) {

    public TopicRow {
        labels = Map.copyOf(labels);
    }

    /** The label in {@code lang}, else in the closest language there is one. */
    public String label(String lang) {
        return org.nura.knowledge.control.Languages.preference(lang).stream().map(labels::get).filter(l -> l != null)
                .findFirst().orElse(id);
    }
}
