package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nura.platform.control.NuraException;

/** Request records read through the API's one JSON-B: each field takes its own JSON type and clean text only. */
class StrictJsonTest {

    /** Shaped like the API's request records. */
    public record Body(String text, Boolean enabled, Integer count, Long id) {
    }

    @Test
    void wellTypedFieldsAreRead() {
        Body body = read("{\"text\":\"مرحبا 👋\\tok\\n\",\"enabled\":false,\"count\":3,\"id\":9000000000}");
        assertEquals(new Body("مرحبا 👋\tok\n", false, 3, 9_000_000_000L), body);
        assertEquals(new Body(null, null, null, null), read("{\"text\":null,\"enabled\":null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"enabled\":\"yes\"}", "{\"enabled\":\"true\"}", "{\"enabled\":1}",
        "{\"enabled\":\"TRUE \"}", "{\"text\":12}", "{\"text\":true}", "{\"text\":{\"a\":1}}", "{\"text\":[\"a\"]}",
        "{\"count\":\"5\"}", "{\"count\":1.5}", "{\"count\":99999999999}", "{\"id\":true}", "{\"id\":1e400}"})
    void aFieldOfTheWrongJsonTypeIsRefused(String json) {
        assertEquals("invalid_type", refusal(json).code(), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800", "x\\udc00y",
        "\\uffff"})
    void disallowedCharactersAreRefused(String escaped) {
        NuraException e = refusal("{\"text\":\"" + escaped + "\"}");
        assertEquals("invalid_characters", e.code(), escaped);
        assertEquals(NuraException.Kind.VALIDATION, e.kind());
    }

    @Test
    void malformedJsonIsStillAJsonProblem() {
        assertThrows(JsonbException.class, () -> read("{\"text\":"));
    }

    private static Body read(String json) {
        return JsonConfig.JSONB.fromJson(json, Body.class);
    }

    private static NuraException refusal(String json) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> read(json), json);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NuraException e) {
                return e;
            }
        }
        throw new AssertionError(json + " failed without a NuraException: " + failure, failure);
    }
}
