package org.nura.ai.control;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nura.ai.control.RecordedCompletions.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nura.ai.entity.LlmCall;

/**
 * The real OpenAI Java client classifying customer messages against WireMock replaying recorded replies: the
 * request's shape, defensive reading of the reply, usage rows under "insight" and the shared circuit breaker.
 */
class MessageInsightsTest {

    private static final String PATH = "/v1/chat/completions";
    private static final List<String> INTENTS = List.of("roaming_activation", "billing", "agent_request");
    private static final String TEXT = "فعّلت التجوال وما زال لا يعمل، هذا مزعج جداً";
    private static final InsightQuestion QUESTION = new InsightQuestion(TEXT, "ar", INTENTS, "fallback", 0.0);

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final List<LlmCall> usage = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private ModelCalls calls;
    private MessageInsights insights;

    @BeforeEach
    void start() {
        server.start();
        calls = new ModelCalls(new LlmSettings("test-key", server.baseUrl() + "/v1", "gpt-4o-mini",
                Duration.ofSeconds(1), 0.00015, 0.0006, 1500, 6, "Rcell", "NURA", 3, Duration.ofSeconds(30), 4),
                new CircuitBreaker(3, Duration.ofSeconds(30)), usage::add, executor);
        insights = new MessageInsights(calls);
    }

    @AfterEach
    void stop() {
        calls.close();
        server.stop();
        executor.shutdownNow();
    }

    @Test
    void wellFormedClassificationWithItsUsageRow() {
        stub(200, "chat-completion-insight.json");
        assertEquals(new LlmInsight("roaming_activation", "negative", -0.6, true, 0.82),
                insights.classify(QUESTION).orElseThrow());
        assertEquals(1, usage.size());
        LlmCall call = usage.get(0);
        assertEquals("insight", call.purpose());
        assertEquals("gpt-4o-mini", call.model());
        assertEquals(List.of(286L, 31L, 317L), List.of(call.promptTokens(), call.completionTokens(),
                call.totalTokens()));
        assertEquals(286 * 0.00015 / 1000 + 31 * 0.0006 / 1000, call.costUsd(), 1e-12);
        assertTrue(call.success());
        assertEquals(null, call.error());
    }

    @Test
    void customerTextGoesAloneInTheUserMessageAndTheIntentsAreListed() {
        stub(200, "chat-completion-insight.json");
        insights.classify(QUESTION);
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.messages.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content",
                        containing("[\"roaming_activation\",\"billing\",\"agent_request\"]")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("JSON")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("Arabic")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("fallback reply")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", notContaining(TEXT)))
                .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo(TEXT)))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.max_completion_tokens", equalTo("150")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0"))));
    }

    @Test
    void fencedReplyIsReadAndTheIntentTakesTheGivenSpelling() {
        stub(200, "chat-completion-insight-fenced.json");
        assertEquals(new LlmInsight("billing", "positive", 0.7, false, 0.9),
                insights.classify(QUESTION).orElseThrow());
    }

    @Test
    void unknownIntentAndOutOfRangeValuesAreMappedIntoTheReport() {
        stub(200, "chat-completion-insight-out-of-range.json");
        assertEquals(new LlmInsight("unknown", "neutral", -1.0, true, 1.0),
                insights.classify(QUESTION).orElseThrow());
    }

    @Test
    void serverErrorIsEmptyRecordedAsFailedAndCountedByTheBreaker() {
        stub(500, "chat-completion-error.json");
        assertTrue(insights.classify(QUESTION).isEmpty());
        LlmCall call = usage.get(0);
        assertEquals("insight", call.purpose());
        assertFalse(call.success());
        assertTrue(call.error().contains("500"), call.error());
        assertEquals(CircuitBreaker.State.CLOSED, calls.breaker().state(), "one failure of three");
        insights.classify(QUESTION);
        insights.classify(QUESTION);
        assertEquals(CircuitBreaker.State.OPEN, calls.breaker().state());
        assertEquals(3, usage.size());
    }

    @Test
    void malformedReplyIsEmptyButTheServiceWorked() {
        stub(200, "chat-completion-insight-malformed.json");
        calls.breaker().failure();
        calls.breaker().failure();
        assertTrue(insights.classify(QUESTION).isEmpty());
        assertTrue(usage.get(0).success());
        assertEquals(302, usage.get(0).totalTokens());
        calls.breaker().failure();
        assertEquals(CircuitBreaker.State.CLOSED, calls.breaker().state(),
                "the malformed reply was a success for the breaker: the count started again");
    }

    @Test
    void openBreakerMakesNoRequest() {
        stub(200, "chat-completion-insight.json");
        for (int i = 0; i < 3; i++) {
            calls.breaker().failure();
        }
        assertTrue(insights.classify(QUESTION).isEmpty());
        assertEquals(0, server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount());
        assertTrue(usage.isEmpty());
    }

    @Test
    void blankTextMakesNoRequest() {
        assertTrue(insights.classify(new InsightQuestion(" ", "en", INTENTS, null, null)).isEmpty());
        assertEquals(0, server.getAllServeEvents().size());
        assertTrue(usage.isEmpty());
    }

    private void stub(int status, String file) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(status, file)));
    }
}
