package org.nura.ai.control;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nura.platform.control.JsonSupport;

/**
 * Reads the model's classification defensively, since a model may wrap it in a code fence, name an intent it was
 * not given or step outside a range: such values are mapped into the report's vocabulary rather than trusted.
 */
public final class InsightReply {

    private static final Pattern FENCE = Pattern.compile("```[A-Za-z]*\\s*(.*?)\\s*```", Pattern.DOTALL);
    static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");

    private InsightReply() {
    }

    /** The insight, or empty when the reply holds no JSON object with an intent or a sentiment. */
    public static Optional<LlmInsight> parse(String reply, List<String> intents) {
        return object(reply).filter(o -> o.containsKey("intent") || o.containsKey("sentiment"))
                .map(o -> new LlmInsight(intent(text(o, "intent"), intents), sentiment(text(o, "sentiment")),
                        clamp(number(o, "sentiment_score"), -1, 1), flag(o, "knowledge_gap"),
                        clamp(number(o, "confidence"), 0, 1)));
    }

    /** The reply as a JSON object, once out of the ```json fence a model may wrap it in even in JSON mode. */
    static Optional<JsonObject> object(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        Matcher fenced = FENCE.matcher(reply.strip());
        String json = fenced.matches() ? fenced.group(1) : reply;
        try (JsonParser parser = JsonSupport.parser(new StringReader(json))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            // a reader would stop at the object's end and let a sentence after it pass unseen
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return Optional.empty(); // prose, a cut-off object: no classification to read
        }
    }

    /** The given name the model meant (ignoring case and spaces around it), or "unknown". */
    static String intent(String named, List<String> intents) {
        if (named != null && !named.isBlank()) {
            for (String intent : intents) {
                if (intent.strip().equalsIgnoreCase(named.strip())) {
                    return intent;
                }
            }
        }
        return InsightPrompt.UNKNOWN;
    }

    static String sentiment(String named) {
        String s = named == null ? "" : named.strip().toLowerCase(Locale.ROOT);
        return SENTIMENTS.contains(s) ? s : "neutral";
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** A number, or a number written as a string; NaN when absent or unreadable. */
    private static double number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        try {
            return v instanceof JsonString s ? Double.parseDouble(s.getString().strip()) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean flag(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return JsonValue.TRUE.equals(v) || v instanceof JsonString s && "true".equalsIgnoreCase(s.getString().strip());
    }

    /** Into [low, high]; a missing value counts as 0, which both ranges hold. */
    static double clamp(double value, double low, double high) {
        return Double.isNaN(value) ? 0 : Math.max(low, Math.min(high, value));
    }
}
