package org.nura.knowledge.control;

import java.util.List;

/**
 * What the on-box model made of a customer message: the intent, a calibrated confidence in [0, 1], the article
 * that answers it (or null), the action of the intent (answer, handoff, decline, or unknown when nothing fits)
 * and the passages that support it, best first.
 */
public record Understanding(String intent, double confidence, Integer articleId, String action, List<Passage> passages) {

    public static final String UNKNOWN = "unknown";

    public Understanding {
        passages = List.copyOf(passages);
    }

    /** A retrieved passage: an article ({@code kind = "article"}, id = article id) or a handbook chunk. */
    public record Passage(String kind, String id, String title, String text, double score) {
    }

    public static Understanding unknown(List<Passage> passages) {
        return new Understanding(UNKNOWN, 0.0, null, UNKNOWN, passages);
    }
}
