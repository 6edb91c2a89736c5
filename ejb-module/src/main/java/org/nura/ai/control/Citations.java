package org.nura.ai.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's reply: the citation markers become the answer's citations (only markers of items that were in
 * the prompt count: a model may invent one) and are taken out of the text the customer reads.
 */
public final class Citations {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[(article|chunk):\\s*([^\\]\\s]+)\\s*\\]");

    private Citations() {
    }

    /** The grounded answer, or empty when the model said it does not know or cited nothing it was given. */
    public static Optional<GroundedAnswer> parse(String reply, List<ContextItem> context) {
        if (reply == null || reply.isBlank() || reply.strip().startsWith(PromptBuilder.NO_ANSWER)) {
            return Optional.empty();
        }
        Map<String, ContextItem> known = new LinkedHashMap<>();
        context.forEach(item -> known.put(item.kind() + ":" + item.id(), item));
        List<ContextItem> cited = new ArrayList<>();
        Matcher m = MARKER.matcher(reply);
        while (m.find()) {
            ContextItem item = known.get(m.group(1) + ":" + m.group(2));
            if (item != null && !cited.contains(item)) {
                cited.add(item);
            }
        }
        String text = MARKER.matcher(reply).replaceAll("").replaceAll("[ \\t]+([.,;:!?،؛؟])", "$1")
                .replace(PromptBuilder.NO_ANSWER, "").strip();
        // an answer that cites nothing it was given is not grounded: the next tier answers instead
        return cited.isEmpty() || text.isEmpty() ? Optional.empty() : Optional.of(new GroundedAnswer(text, cited));
    }
}
