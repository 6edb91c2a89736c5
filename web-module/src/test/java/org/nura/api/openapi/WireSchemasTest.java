package org.nura.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nura.api.platform.JsonConfig;

/** The names the document gives request properties are the names the API's own JSON-B reads and writes. */
class WireSchemasTest {

    private static final Jsonb JSONB = new JsonConfig().getContext(Object.class);
    private static final Set<String> TAGS = Set.of("customer", "agent", "admin", "operations");

    @ParameterizedTest
    @CsvSource({"sessionId,session_id", "articleId,article_id", "ok,ok", "handoffStatus,handoff_status",
        "requestId,request_id", "latencyMs,latency_ms"})
    void namesFollowTheJsonOnTheWire(String java, String json) {
        assertEquals(json, WireSchemas.snake(java));
    }

    @Test
    void everyRequestPropertyIsSnakeCaseAndWrittenUnderItsDocumentedName() {
        for (Class<?> body : requestRecords()) {
            Object filled = filled(body);
            JsonObject written = Json.createReader(new StringReader(JSONB.toJson(filled))).readObject();
            assertEquals(documented(body), written.keySet(), body.getSimpleName());
            documented(body).forEach(name -> assertTrue(name.matches("[a-z][a-z0-9_]*"), name));
        }
    }

    @Test
    void aBodyBuiltFromTheDocumentedNamesFillsEveryComponent() throws Exception {
        for (Class<?> body : requestRecords()) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            for (RecordComponent component : body.getRecordComponents()) {
                json.add(WireSchemas.jsonName(component), sample(component.getType()));
            }
            Object read = JSONB.fromJson(json.build().toString(), body);
            for (RecordComponent component : body.getRecordComponents()) {
                assertNotNull(component.getAccessor().invoke(read), body.getSimpleName() + "." + component.getName());
            }
        }
    }

    @Test
    void everyOperationHasExactlyOneOfTheFourTags() {
        for (Class<?> resource : Resources.ALL) {
            for (Method method : resource.getMethods()) {
                if (WireDocument.verb(method).isPresent()) {
                    Tag tag = method.isAnnotationPresent(Tag.class) ? method.getAnnotation(Tag.class)
                            : resource.getAnnotation(Tag.class);
                    assertNotNull(tag, resource.getSimpleName() + "." + method.getName() + " has no tag");
                    assertTrue(TAGS.contains(tag.name()), tag.name());
                    assertTrue(!method.isAnnotationPresent(Tag.class) || !resource.isAnnotationPresent(Tag.class),
                            resource.getSimpleName() + "." + method.getName() + " would get two tags");
                }
            }
        }
    }

    @Test
    void everyResourceIsDescribed() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/nura/api"))) {
            Set<String> resources = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith("Resource.class"))
                    .map(f -> f.replace('/', '.').replace(".class", ""))
                    .filter(WireSchemasTest::isResource)
                    .collect(Collectors.toSet());
            assertEquals(resources, Resources.ALL.stream().map(Class::getName).collect(Collectors.toSet()));
        }
    }

    private static boolean isResource(String name) {
        try {
            return Class.forName(name).isAnnotationPresent(Path.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> requestRecords() {
        List<Class<?>> records = Resources.ALL.stream().flatMap(r -> Arrays.stream(r.getMethods()))
                .filter(m -> WireDocument.verb(m).isPresent())
                .flatMap(m -> WireDocument.body(m).stream())
                .<Class<?>>map(p -> p.getType())
                .filter(Class::isRecord)
                .distinct()
                .toList();
        assertTrue(records.size() >= 9, "the request records are found: " + records);
        return records;
    }

    private static Set<String> documented(Class<?> body) {
        return Arrays.stream(body.getRecordComponents()).map(WireSchemas::jsonName).collect(Collectors.toSet());
    }

    private static Object filled(Class<?> body) {
        RecordComponent[] components = body.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(WireSchemasTest::value).toArray();
        try {
            return body.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Class<?> type) {
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Integer.class) {
            return 7;
        }
        if (type == Long.class) {
            return 7L; // Telegram's update ids
        }
        if (type == List.class) {
            return List.of("x"); // lists of strings, such as a user's roles
        }
        if (type == JsonObject.class) {
            return JsonValue.EMPTY_JSON_OBJECT; // parts of a Telegram update, taken as they come
        }
        return type == JsonValue.class ? JsonValue.TRUE : "x";
    }

    private static JsonValue sample(Class<?> type) {
        if (type == Boolean.class) {
            return JsonValue.TRUE;
        }
        if (type == List.class) {
            return Json.createArrayBuilder().add("x").build();
        }
        if (type == Long.class) {
            return Json.createValue(7L);
        }
        if (type == JsonObject.class) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return type == Integer.class ? Json.createValue(7) : Json.createValue("x");
    }
}
