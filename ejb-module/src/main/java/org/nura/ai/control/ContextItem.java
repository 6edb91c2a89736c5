package org.nura.ai.control;

/** One retrieved item the LLM may ground on: an article or a handbook chunk; {@code marker()} is how it is cited. */
public record ContextItem(String kind, String id, String title, String text) {

    public ContextItem {
        if (kind == null || id == null || text == null) {
            throw new IllegalArgumentException("a context item has a kind, an id and a text");
        }
    }

    /** The citation marker the model is asked to write, e.g. {@code [article:16]} or {@code [chunk:handbook.md#3]}. */
    public String marker() {
        return "[" + kind + ":" + id + "]";
    }
}
