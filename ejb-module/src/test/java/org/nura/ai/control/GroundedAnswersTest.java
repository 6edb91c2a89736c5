package org.nura.ai.control;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nura.ai.entity.LlmCall;
import org.nura.ai.entity.UsageRef;

/**
 * The real OpenAI Java client against an OpenAI-compatible HTTP server (WireMock on a free localhost port) that
 * replays recorded responses: grounded answers, server errors, slowness and the circuit breaker.
 */
class GroundedAnswersTest {

    private static final String PATH = "/v1/chat/completions";
    private static final List<ContextItem> CONTEXT = List.of(
            new ContextItem("article", "7", "التجوال", "فعّل التجوال من التطبيق: الإعدادات ثم التجوال."),
            new ContextItem("chunk", "agent-handbook-ar.md#4", "التجوال", "رسوم التجوال تُحتسب يومياً."));
    private static final GroundedQuestion QUESTION = new GroundedQuestion("كيف أفعل التجوال؟", "ar", CONTEXT,
            List.of(new GroundedQuestion.Turn("customer", "مرحبا"), new GroundedQuestion.Turn("assistant", "أهلاً")));

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final List<LlmCall> usage = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private ModelCalls calls;
    private GroundedAnswers answers;

    @BeforeEach
    void start() {
        server.start();
        calls = new ModelCalls(settings(Duration.ofSeconds(1)), new CircuitBreaker(3, Duration.ofMillis(1500)),
                usage::add, executor);
        answers = new GroundedAnswers(calls);
    }

    @AfterEach
    void stop() {
        calls.close();
        server.stop();
        executor.shutdownNow();
    }

    @Test
    void groundedAnswerWithCitationsAndUsage() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, "chat-completion-grounded.json")));
        GroundedAnswer answer = answers.answer(QUESTION).orElseThrow();
        assertEquals("يمكنك تفعيل التجوال من تطبيق Rcell ضمن الإعدادات. وتُحتسب رسوم التجوال يومياً.", answer.text());
        assertEquals(CONTEXT, answer.cited());
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.max_completion_tokens", equalTo("500")))
                .withRequestBody(notMatching(".*response_format.*"))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("مرحبا")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", equalTo("كيف أفعل التجوال؟"))));
        LlmCall call = usage.get(0);
        assertEquals(List.of(412L, 38L, 450L, 1L), List.of(call.promptTokens(), call.completionTokens(),
                call.totalTokens(), (long) usage.size()));
        assertTrue(call.success());
        assertEquals(412 * 0.00015 / 1000 + 38 * 0.0006 / 1000, call.costUsd(), 1e-12);
    }

    @Test
    void theUsageRowNamesTheSessionAndTheAnswerItPaidFor() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, "chat-completion-grounded.json")));
        answers.answer(new GroundedQuestion(QUESTION.text(), QUESTION.lang(), QUESTION.context(), QUESTION.turns(),
                "session-1", "answer-1")).orElseThrow();
        assertEquals(new UsageRef("session-1", "answer-1"), usage.get(0).ref());
    }

    @Test
    void noAnswerFromTheModelIsEmptyButItsUsageCounts() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, "chat-completion-no-answer.json")));
        assertTrue(answers.answer(QUESTION).isEmpty());
        assertEquals(393, usage.get(0).totalTokens());
    }

    @Test
    void serverErrorIsEmptyAndRecordedAsFailed() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(500, "chat-completion-error.json")));
        assertTrue(answers.answer(QUESTION).isEmpty());
        LlmCall call = usage.get(0);
        assertFalse(call.success());
        assertTrue(call.error().contains("500") || call.error().contains("Internal"), call.error());
        assertEquals(1, server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount(),
                "no client-side retry");
    }

    @Test
    void slowServerIsCutOffAtTheTimeout() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, "chat-completion-grounded.json")
                .withFixedDelay(5000)));
        long started = System.nanoTime();
        Optional<GroundedAnswer> answer = answers.answer(QUESTION);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertTrue(answer.isEmpty());
        assertTrue(ms < 2500, "timeout is 1 s, took " + ms + " ms");
        assertFalse(usage.get(0).success());
    }

    @Test
    void whenEverySlotIsTakenByAHangingModelTheNextCallerIsToldNoAtOnce() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, "chat-completion-grounded.json")
                .withFixedDelay(5000)));
        ExecutorService customers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<GroundedAnswer>>> hanging = List.of(customers.submit(() -> answers.answer(QUESTION)),
                    customers.submit(() -> answers.answer(QUESTION)));
            Thread.sleep(300); // both calls are out and hang: the two slots are taken
            long started = System.nanoTime();
            assertTrue(answers.answer(QUESTION).isEmpty());
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertTrue(ms < 200, "the third caller waited " + ms + " ms");
            for (Future<Optional<GroundedAnswer>> customer : hanging) {
                assertTrue(customer.get(3, TimeUnit.SECONDS).isEmpty(), "cut off at the 1 s budget");
            }
            assertEquals(2, server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount(),
                    "the third call never went out");
            assertEquals(2, usage.size(), "a call that never went out costs nothing");
        } finally {
            customers.shutdownNow();
        }
    }

    @Test
    void repeatedFailuresOpenTheBreakerAndItClosesAfterTheOpenPeriod() throws InterruptedException {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(500, "chat-completion-error.json")));
        for (int i = 0; i < 5; i++) {
            assertTrue(answers.answer(QUESTION).isEmpty());
        }
        assertEquals(3, server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount(),
                "calls 4 and 5 were not made");
        assertEquals(CircuitBreaker.State.OPEN, calls.breaker().state());
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(json(200, "chat-completion-grounded.json")));
        Thread.sleep(1600);
        assertTrue(answers.answer(QUESTION).isPresent(), "the half-open trial goes out and succeeds");
        assertEquals(CircuitBreaker.State.CLOSED, calls.breaker().state());
        assertTrue(answers.answer(QUESTION).isPresent());
        assertEquals(2, server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount());
    }

    @Test
    void nothingToGroundOnMakesNoCall() {
        assertTrue(answers.answer(new GroundedQuestion("hi", "en", List.of(), List.of())).isEmpty());
        assertEquals(0, server.getAllServeEvents().size());
        assertTrue(usage.isEmpty());
    }

    private LlmSettings settings(Duration timeout) {
        return new LlmSettings("test-key", server.baseUrl() + "/v1", "gpt-4o-mini", timeout, 0.00015, 0.0006, 1500, 6,
                "Rcell", "NURA", 3, Duration.ofMillis(1500), 2);
    }
}
