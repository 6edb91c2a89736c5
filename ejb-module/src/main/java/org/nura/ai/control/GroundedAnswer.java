package org.nura.ai.control;

import java.util.List;

/** The LLM's answer with its citation markers taken out, and the context items it cited, in order of first use. */
public record GroundedAnswer(String text, List<ContextItem> cited) {

    public GroundedAnswer {
        cited = List.copyOf(cited);
    }
}
