package org.nura.knowledge.boundary;

import java.util.List;

/** A node of the guided topic tree in one language; a leaf names the article it opens. */
public record TopicView(String id, String label, Integer articleId, List<TopicView> children) {

    public TopicView {
        children = List.copyOf(children);
    }
}
