package org.nura.knowledge.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nura.platform.control.NuraException;

/**
 * Checks an article as a supervisor typed it: per language a title and a body, both or neither, in the languages the
 * assistant speaks, within lengths a help article has. Answers the texts to store, blank languages left out.
 */
public final class ArticleDrafts {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    private ArticleDrafts() {
    }

    /** The checked texts by language; refuses (400) an empty article, half a language, or an unknown language. */
    public static Map<String, String[]> check(Map<String, String> titles, Map<String, String> bodies) {
        Map<String, String[]> texts = new LinkedHashMap<>();
        for (String lang : union(titles, bodies)) {
            String title = strip(titles.get(lang));
            String body = strip(bodies.get(lang));
            if (title.isEmpty() && body.isEmpty()) {
                continue;
            }
            if (!Languages.supported(lang)) {
                throw NuraException.invalid("unknown_lang", "lang must be one of " + Languages.SUPPORTED + ", not '"
                        + lang + "'");
            }
            if (title.isEmpty() || body.isEmpty()) {
                throw NuraException.invalid("article_text_incomplete", "The " + lang
                        + " text needs both a title and a body");
            }
            if (title.length() > MAX_TITLE || body.length() > MAX_BODY) {
                throw NuraException.invalid("article_text_too_long", "A title may have at most " + MAX_TITLE
                        + " characters and a body " + MAX_BODY);
            }
            texts.put(lang, new String[] {title, body});
        }
        if (texts.isEmpty()) {
            throw NuraException.invalid("article_empty", "An article needs a title and a body in at least one language");
        }
        return texts;
    }

    private static java.util.Set<String> union(Map<String, String> titles, Map<String, String> bodies) {
        java.util.Set<String> langs = new java.util.LinkedHashSet<>(Languages.SUPPORTED);
        langs.addAll(titles == null ? java.util.Set.of() : titles.keySet());
        langs.addAll(bodies == null ? java.util.Set.of() : bodies.keySet());
        if (titles == null || bodies == null) {
            throw NuraException.invalid("article_empty", "An article needs a title and a body in at least one language");
        }
        return langs;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
