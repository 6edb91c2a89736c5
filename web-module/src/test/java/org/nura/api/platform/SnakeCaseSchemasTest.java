package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnakeCaseSchemasTest {

    @ParameterizedTest
    @CsvSource({"sessionId,session_id", "articleId,article_id", "ok,ok", "handoffStatus,handoff_status",
        "requestId,request_id", "latencyMs,latency_ms"})
    void namesFollowTheJsonOnTheWire(String java, String json) {
        assertEquals(json, SnakeCaseSchemas.snake(java));
    }
}
