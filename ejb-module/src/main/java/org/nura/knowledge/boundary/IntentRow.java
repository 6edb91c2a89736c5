package org.nura.knowledge.boundary;

import java.util.List;

/** An intent as the console lists it: what the assistant does, the articles that answer it, its phrasings. */
public record IntentRow(String id, String action, List<Integer> articleIds, List<Example> examples) {

    public IntentRow {
        articleIds = List.copyOf(articleIds);
        examples = List.copyOf(examples);
    }

    /** One example phrasing; {@code lang} null means the language is guessed. */
    public record Example(long id, String intent, String lang, String text) {
    }
}
