package org.nura.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nura.platform.control.NuraException;

/** The rules of editing the topic tree: node ids, labels, and moves that keep it a tree. */
public final class TopicOrder {

    public static final int MAX_LABEL = 120;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private TopicOrder() {
    }

    /** Refuses a move under the node itself or under one of its descendants, which would cut a loop off the tree. */
    public static void checkMove(Map<String, String> parentOf, String id, String newParent) {
        if (newParent == null) {
            throw NuraException.invalid("topic_parent_required", "Only the root has no parent; choose a parent");
        }
        for (String at = newParent; at != null; at = parentOf.get(at)) {
            if (at.equals(id)) {
                throw NuraException.invalid("topic_cycle", "Topic " + id + " cannot move under itself or its own"
                        + " subtopics");
            }
        }
    }

    /** The siblings in their new order with {@code id} placed at {@code position} (clamped to the ends). */
    public static List<String> place(List<String> siblings, String id, int position) {
        List<String> order = new ArrayList<>(siblings);
        order.remove(id);
        order.add(Math.max(0, Math.min(position, order.size())), id);
        return order;
    }

    /** A new node's id: lower-case letters, digits, '-' and '_', at most 64. */
    public static String checkId(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (!ID.matcher(trimmed).matches()) {
            throw NuraException.invalid("topic_id_invalid", "A topic id has 1 to 64 lower-case letters, digits, '-' or"
                    + " '_' and starts with a letter or digit");
        }
        return trimmed;
    }

    /** The labels to store: supported languages only, blank ones left out, at least one. */
    public static Map<String, String> checkLabels(Map<String, String> labels) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        if (labels != null) {
            labels.forEach((lang, label) -> {
                String text = label == null ? "" : label.strip();
                if (!text.isEmpty()) {
                    if (!Languages.supported(lang)) {
                        throw NuraException.invalid("unknown_lang", "lang must be one of " + Languages.SUPPORTED);
                    }
                    if (text.length() > MAX_LABEL) {
                        throw NuraException.invalid("topic_label_too_long", "A label may have at most " + MAX_LABEL
                                + " characters");
                    }
                    kept.put(lang, text);
                }
            });
        }
        if (kept.isEmpty()) {
            throw NuraException.invalid("topic_label_required", "A topic needs a label in at least one language");
        }
        return kept;
    }
}
