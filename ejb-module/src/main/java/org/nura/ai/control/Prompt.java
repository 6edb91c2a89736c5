package org.nura.ai.control;

import java.util.List;

/** The chat messages sent to the model and the context items they carry (the only ones it may cite). */
public record Prompt(String system, List<Line> lines, List<ContextItem> context) {

    /** One chat message after the system message; {@code assistant} or {@code user}. */
    public record Line(String role, String text) {
    }

    public Prompt {
        lines = List.copyOf(lines);
        context = List.copyOf(context);
    }
}
