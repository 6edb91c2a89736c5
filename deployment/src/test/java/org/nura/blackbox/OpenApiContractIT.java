package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document at /openapi against the running API: a client written from it alone (property names, enums,
 * required fields) is understood, and the answers carry the properties it promises.
 */
@ExtendWith(NuraServer.class)
class OpenApiContractIT {

    private static final Set<String> TAGS = Set.of("customer", "agent", "admin", "operations");
    private static final String REF = "#/components/schemas/";
    private static JsonObject document;

    @BeforeAll
    static void readTheDocument() {
        Api.Reply reply = Api.get("/openapi", "Accept", "application/json");
        assertEquals(200, reply.status(), reply.body());
        document = reply.json();
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void everyPropertyOfEverySchemaIsSnakeCase() {
        schemas().forEach((name, schema) -> properties(name).forEach(property ->
                assertTrue(property.matches("[a-z][a-z0-9_]*"), name + "." + property + " is not snake_case")));
    }

    @Test
    @Tag(NuraServer.SMOKE)
    void aMessageSentAsDocumentedContinuesTheSameSession() {
        assertEquals(List.of("web", "telegram"), enumeration("MessageRequest", "channel"));
        assertEquals(List.of("ar", "ku", "en", "ckb"), enumeration("MessageRequest", "lang"));
        JsonObject first = send("/v1/message", "MessageRequest", "Reply", Map.of("customer_id", "openapi-client",
                "channel", "web", "message", "مرحبا", "lang", "ar"));
        String session = first.getString("session_id");
        JsonObject second = send("/v1/message", "MessageRequest", "Reply", Map.of("customer_id", "openapi-client",
                "channel", "web", "message", "شكرا", "session_id", session,
                "session_token", first.getString("session_token")));
        assertEquals(session, second.getString("session_id"), "the documented session fields continue the session");
        assertNotEquals(first.getString("message_id"), second.getString("message_id"));
    }

    @Test
    void feedbackSentAsDocumentedIsTaken() {
        assertEquals(List.of("up", "down"), enumeration("FeedbackRequest", "rating"));
        assertEquals(Set.of("session_id", "session_token", "message_id", "rating"), required("FeedbackRequest"));
        JsonObject answer = send("/v1/message", "MessageRequest", "Reply",
                Map.of("customer_id", "openapi-rater", "message", "hello"));
        JsonObject rated = send("/v1/feedback", "FeedbackRequest", "RatingResult", Map.of(
                "session_id", answer.getString("session_id"), "session_token", answer.getString("session_token"),
                "message_id", answer.getString("message_id"), "rating", "up", "comment", "clear answer"));
        assertTrue(rated.getBoolean("ok"));
    }

    @Test
    void theLiveExtrasBodiesAreDocumented() {
        assertEquals(Set.of("session_token"), required("TypingRequest"));
        assertEquals(Set.of("session_token", "rating"), required("RatingRequest"));
        assertEquals(Set.of("session_token", "rating", "comment"), properties("RatingRequest"));
        assertEquals(Set.of("ok", "session_id", "rating"), properties("RatingReceipt"));
        for (String path : List.of("/session/{session_id}/typing", "/session/{session_id}/rating",
                "/handoff/{session_id}/typing")) {
            assertTrue(document.getJsonObject("paths").containsKey(path) || document.getJsonObject("paths")
                    .containsKey("/v1" + path), path + " is documented");
        }
    }

    @Test
    void aDirectHandoffSentAsDocumentedIsTaken() {
        JsonObject handed = send("/v1/handoff/direct", "DirectRequest", "DirectResult",
                Map.of("customer_id", "openapi-direct", "channel", "web", "reason", "direct_button"));
        assertTrue(handed.getBoolean("ok"));
        assertNotNull(handed.getString("session_token"));
    }

    @Test
    void everyOperationHasOneOfTheFourTagsAndNamesItsJsonBodies() {
        int operations = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                assertEquals(1, operation.getJsonArray("tags").size(), where);
                assertTrue(TAGS.contains(operation.getJsonArray("tags").getString(0)), where);
                jsonSchema(operation.getJsonObject("requestBody")).ifPresent(s -> assertNamed(s, where + " body"));
                operation.getJsonObject("responses").forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        jsonSchema(response.asJsonObject()).ifPresent(s -> assertNamed(s, where + " " + code));
                    }
                });
                operations++;
            }
        }
        assertTrue(operations >= 25, "the document lists the API: " + operations + " operations");
        Set<String> listed = new TreeSet<>();
        document.getJsonArray("tags").forEach(t -> assertTrue(listed.add(t.asJsonObject().getString("name"))));
        assertEquals(TAGS, listed, "each tag is declared once, with its description");
    }

    /** POSTs a body built from the documented properties only, and checks the answer has the documented ones. */
    private static JsonObject send(String path, String request, String answer, Map<String, String> values) {
        Set<String> documented = properties(request);
        assertTrue(documented.containsAll(values.keySet()), request + " documents " + documented);
        assertTrue(values.keySet().containsAll(required(request)), request + " requires " + required(request));
        JsonObjectBuilder body = Json.createObjectBuilder();
        documented.stream().filter(values::containsKey).forEach(name -> body.add(name, values.get(name)));
        Api.Reply reply = Api.post(path, body.build().toString());
        assertEquals(200, reply.status(), path + ": " + reply.body());
        JsonObject json = reply.json();
        assertEquals(properties(answer), json.keySet(), path + " answers as " + answer + " says");
        return json;
    }

    private static void assertNamed(JsonObject schema, String where) {
        JsonObject named = schema.containsKey("items") ? schema.getJsonObject("items") : schema;
        assertTrue(named.containsKey("$ref"), where + " names no schema: " + schema);
        String ref = named.getString("$ref");
        assertTrue(ref.startsWith(REF) && schemas().containsKey(ref.substring(REF.length())), where + ": " + ref);
    }

    private static java.util.Optional<JsonObject> jsonSchema(JsonObject bodyOrResponse) {
        if (bodyOrResponse == null || !bodyOrResponse.containsKey("content")) {
            return java.util.Optional.empty();
        }
        JsonObject media = bodyOrResponse.getJsonObject("content").getJsonObject("application/json");
        return media == null ? java.util.Optional.empty() : java.util.Optional.of(media.getJsonObject("schema"));
    }

    private static JsonObject schemas() {
        return document.getJsonObject("components").getJsonObject("schemas");
    }

    private static Set<String> properties(String schema) {
        JsonObject found = schemas().getJsonObject(schema);
        assertNotNull(found, "components/schemas/" + schema);
        JsonObject properties = found.getJsonObject("properties");
        return properties == null ? Set.of() : properties.keySet();
    }

    private static Set<String> required(String schema) {
        var required = schemas().getJsonObject(schema).getJsonArray("required");
        return required == null ? Set.of() : Set.copyOf(required.getValuesAs(JsonString::getString));
    }

    private static List<String> enumeration(String schema, String property) {
        JsonValue values = schemas().getJsonObject(schema).getJsonObject("properties").getJsonObject(property)
                .get("enum");
        assertNotNull(values, schema + "." + property + " lists its values");
        return values.asJsonArray().getValuesAs(JsonString::getString);
    }
}
