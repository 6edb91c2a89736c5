package org.nura.knowledge.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nura.platform.control.JsonSupport;

/** Everything the on-box model learns from: articles, intents with their example phrases, handbook chunks. */
public record TenantContent(List<Article> articles, List<IntentDef> intents, List<Example> examples, List<Chunk> chunks) {

    private static final List<String> HANDBOOKS = List.of("agent-handbook-ar.md", "agent-handbook-en.pdf",
            "company-profile-ar.md", "guided-content-ku.md");

    /** A help article in up to four languages (ar, ku, en, ckb). */
    public record Article(int id, Map<String, String> titles, Map<String, String> bodies) {
    }

    /** An intent of the taxonomy, the articles that answer it and what the assistant does: answer, handoff, decline. */
    public record IntentDef(String id, List<Integer> articleIds, String action) {
    }

    /**
     * A labelled phrasing of an intent; {@code lang} (ar, en, ku, or null to guess) picks the analysis chain and
     * {@code group} ties variants of one question together so training never scores one against its twin.
     */
    public record Example(String intent, String text, String lang, String group) {
        public Example(String intent, String text) {
            this(intent, text, null, null);
        }
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

    /** The sample tenant with the NURA team's example phrases ({@code tenant/examples.csv}) and handbook chunks. */
    public static TenantContent sampleWithExamples() {
        return sample().withExamples(readExamples()).withChunks(readHandbooks(new HandbookChunker()));
    }

    /** The example phrases of {@code tenant/examples.csv}: {@code intent,lang,text}, header and comments skipped. */
    static List<Example> readExamples() {
        List<Example> examples = new ArrayList<>();
        for (List<String> row : csv("tenant/examples.csv")) {
            if (row.size() != 3) {
                throw new IllegalStateException("tenant/examples.csv: expected intent,lang,text in " + row);
            }
            if (!row.get(0).equals("intent")) {
                examples.add(new Example(row.get(0), row.get(2), row.get(1), null));
            }
        }
        return examples;
    }

    /** The handbook documents under {@code tenant/knowledge/}; listed by name because a class path has no listing. */
    static List<Chunk> readHandbooks(HandbookChunker chunker) {
        List<Chunk> chunks = new ArrayList<>();
        for (String name : HANDBOOKS) {
            String lang = name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.'));
            byte[] bytes = bytes("tenant/knowledge/" + name);
            try {
                chunks.addAll(name.endsWith(".pdf") ? chunker.pdf(name, lang, bytes)
                        : chunker.markdown(name, lang, new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chunks;
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

    private static List<List<String>> csv(String resource) {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes(resource)), StandardCharsets.UTF_8)) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TenantContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonValue read(String resource) {
        try (InputStream in = TenantContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            try (JsonReader reader = JsonSupport.reader(in)) {
                return reader.readValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
