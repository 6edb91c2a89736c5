package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import org.nura.knowledge.entity.Article;
import org.nura.knowledge.entity.ArticleText;
import org.nura.knowledge.entity.Intent;
import org.nura.knowledge.entity.IntentExample;
import org.nura.knowledge.entity.KnowledgeDocument;
import org.nura.knowledge.entity.TopicNode;
import org.nura.platform.control.JsonSupport;

/** Reads the sample tenant shipped in the class path folder {@code tenant/} as entities, ready to be stored. */
@ApplicationScoped
public class ShippedTenant {

    /** The shipped Markdown handbooks; the PDF waits for the ingestion pipeline, which can read PDFs. */
    static final List<String> DOCUMENTS = List.of("agent-handbook-ar.md", "company-profile-ar.md",
            "guided-content-ku.md");

    public List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (JsonValue value : json("tenant/articles.json").asJsonArray()) {
            JsonObject a = value.asJsonObject();
            Map<String, String> titles = strings(a.getJsonObject("titles"));
            Map<String, String> bodies = strings(a.getJsonObject("body"));
            Map<String, ArticleText> texts = new LinkedHashMap<>();
            titles.forEach((lang, title) -> {
                if (bodies.containsKey(lang)) {
                    texts.put(lang, new ArticleText(title, bodies.get(lang)));
                }
            });
            articles.add(new Article(a.getInt("id"), texts));
        }
        return articles;
    }

    public List<Intent> intents() {
        List<Intent> intents = new ArrayList<>();
        for (JsonValue value : json("tenant/intents.json").asJsonObject().getJsonArray("intents")) {
            JsonObject i = value.asJsonObject();
            List<Integer> ids = i.getJsonArray("articles").getValuesAs(JsonNumber.class).stream()
                    .map(JsonNumber::intValue).toList();
            intents.add(new Intent(i.getString("id"), i.getString("action"), ids));
        }
        return intents;
    }

    /** The tree flattened parents first, so that each row's parent is stored before it. */
    public List<TopicNode> topics() {
        List<TopicNode> nodes = new ArrayList<>();
        flatten(json("tenant/topic_tree.json").asJsonObject(), null, 0, nodes);
        return nodes;
    }

    /**
     * The example phrasings of {@code tenant/examples.csv} ({@code intent,lang,text}; header and # comments
     * skipped), or none when the tenant ships no examples.
     */
    public List<IntentExample> examples() {
        InputStream in = ShippedTenant.class.getClassLoader().getResourceAsStream("tenant/examples.csv");
        if (in == null) {
            return List.of();
        }
        List<IntentExample> examples = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (List<String> row : Csv.read(reader)) {
                if (row.size() == 3 && !"intent".equals(row.get(0))) {
                    examples.add(new IntentExample(row.get(0), row.get(1), row.get(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    public List<KnowledgeDocument> documents() {
        List<KnowledgeDocument> documents = new ArrayList<>();
        for (String name : DOCUMENTS) {
            String lang = name.replaceFirst("^.*-([a-z]{2})\\.md$", "$1");
            documents.add(new KnowledgeDocument(name, name, Languages.supported(lang) ? lang : null,
                    text("tenant/knowledge/" + name)));
        }
        return documents;
    }

    /** The bytes of a shipped handbook file under {@code tenant/knowledge/}. */
    public byte[] handbookBytes(String name) {
        try (InputStream in = open("tenant/knowledge/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(JsonObject node, String parent, int position, List<TopicNode> out) {
        Integer article = node.containsKey("article") && !node.isNull("article") ? node.getInt("article") : null;
        String id = node.getString("id");
        out.add(new TopicNode(id, parent, position, article, strings(node.getJsonObject("label"))));
        if (node.containsKey("children")) {
            int child = 0;
            for (JsonValue value : node.getJsonArray("children")) {
                flatten(value.asJsonObject(), id, child++, out);
            }
        }
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((k, v) -> map.put(k, ((JsonString) v).getString()));
        return map;
    }

    private static JsonValue json(String resource) {
        try (InputStream in = open(resource); JsonReader reader = JsonSupport.reader(in)) {
            return reader.readValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ShippedTenant.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing class path resource " + resource);
        }
        return in;
    }
}
