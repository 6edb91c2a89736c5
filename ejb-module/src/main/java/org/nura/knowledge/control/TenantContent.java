package org.nura.knowledge.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the on-box model learns from: articles, intents with their example phrases, handbook chunks. */
public record TenantContent(List<Article> articles, List<IntentDef> intents, List<Example> examples, List<Chunk> chunks) {

    /** A help article in up to three languages (ar, ku, en). */
    public record Article(int id, Map<String, String> titles, Map<String, String> bodies) {
    }

    /** An intent of the taxonomy, the articles that answer it and what the assistant does: answer, handoff, decline. */
    public record IntentDef(String id, List<Integer> articleIds, String action) {
    }

    /** A labelled phrasing of an intent. */
    public record Example(String intent, String text) {
    }

    /** A passage of a handbook document. */
    public record Chunk(String id, String documentId, String title, String text, String lang) {
    }

    public TenantContent {
        articles = List.copyOf(articles);
        intents = List.copyOf(intents);
        examples = List.copyOf(examples);
        chunks = List.copyOf(chunks);
    }

    public TenantContent withExamples(List<Example> more) {
        List<Example> all = new ArrayList<>(examples);
        all.addAll(more);
        return new TenantContent(articles, intents, all, chunks);
    }

    public TenantContent withChunks(List<Chunk> more) {
        List<Chunk> all = new ArrayList<>(chunks);
        all.addAll(more);
        return new TenantContent(articles, intents, examples, all);
    }

    /** The sample tenant's articles and intents as shipped in the class path folder {@code tenant/}. */
    public static TenantContent sample() {
        return new TenantContent(readArticles(), readIntents(), List.of(), List.of());
    }

    static List<Article> readArticles() {
        List<Article> articles = new ArrayList<>();
        for (JsonValue value : read("tenant/articles.json").asJsonArray()) {
            JsonObject a = value.asJsonObject();
            articles.add(new Article(a.getInt("id"), strings(a.getJsonObject("titles")), strings(a.getJsonObject("body"))));
        }
        return articles;
    }

    static List<IntentDef> readIntents() {
        List<IntentDef> intents = new ArrayList<>();
        for (JsonValue value : read("tenant/intents.json").asJsonObject().getJsonArray("intents")) {
            JsonObject i = value.asJsonObject();
            List<Integer> ids = i.getJsonArray("articles").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .map(jakarta.json.JsonNumber::intValue).toList();
            intents.add(new IntentDef(i.getString("id"), ids, i.getString("action")));
        }
        return intents;
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((k, v) -> map.put(k, ((jakarta.json.JsonString) v).getString()));
        return map;
    }

    static JsonValue read(String resource) {
        try (InputStream in = TenantContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
