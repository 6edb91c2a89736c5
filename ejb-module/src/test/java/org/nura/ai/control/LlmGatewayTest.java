package org.nura.ai.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nura.ai.entity.LlmCall;
import org.nura.platform.control.MapConfig;

/**
 * The gateway calls nobody while the AI switch is off or no key is set, whatever the question; answers and insights
 * go through one client and one breaker.
 */
class LlmGatewayTest {

    private static final GroundedQuestion QUESTION = new GroundedQuestion("roaming?", "en",
            List.of(new ContextItem("article", "7", "Roaming", "Turn roaming on in the app.")), List.of());
    private static final InsightQuestion MESSAGE = new InsightQuestion("roaming still does not work", "en",
            List.of("roaming_activation"), "local", 0.8);

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final LlmGateway gateway = new LlmGateway();
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<LlmCall> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean switchedOn;

    @BeforeEach
    void start() {
        server.start();
        gateway.executor = executor;
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        // the switch's row is in PostgreSQL; here the stored value is this field
        gateway.aiSwitch = new AiSwitch() {
            @Override
            public boolean enabled() {
                return switchedOn;
            }
        };
        gateway.usage = new LlmUsage() {
            @Override
            public void record(LlmCall call) {
                calls.add(call);
            }
        };
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        gateway.close();
        server.stop();
    }

    @Test
    void switchOnWithKeyCalls() {
        gateway.config = MapConfig.of(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = true;
        assertTrue(gateway.answer(QUESTION).isEmpty(), "the stub answers 500");
        assertEquals(1, server.getAllServeEvents().size());
        assertEquals(1, calls.size());
    }

    @Test
    void warmUpAsksForTheModelListOncePerClientAndCostsNothing() {
        gateway.config = MapConfig.of(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = true;
        gateway.warmUp();
        gateway.warmUp();
        assertEquals(1, server.countRequestsMatching(getRequestedFor(urlEqualTo("/v1/models")).build()).getCount());
        assertEquals(1, server.getAllServeEvents().size(), "no chat completion on the way");
        assertTrue(calls.isEmpty(), "a warm-up is no usage");
    }

    @Test
    void noWarmUpWhileSwitchedOff() {
        gateway.config = MapConfig.of(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = false;
        gateway.warmUp();
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void switchOffMeansNoCall() {
        gateway.config = MapConfig.of(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = false;
        assertTrue(gateway.answer(QUESTION).isEmpty());
        assertEquals(0, server.getAllServeEvents().size());
        assertTrue(calls.isEmpty());
    }

    @Test
    void noKeyMeansNoCall() {
        gateway.config = MapConfig.of(Map.of("OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = true;
        assertTrue(gateway.answer(QUESTION).isEmpty());
        assertEquals(0, server.getAllServeEvents().size());
        assertTrue(calls.isEmpty());
    }

    @Test
    void classifyHasTheSameGateAsAnswer() {
        gateway.config = MapConfig.of(Map.of("OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = true;
        assertTrue(gateway.classify(MESSAGE).isEmpty(), "no key");
        gateway.config = MapConfig.of(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.baseUrl() + "/v1"));
        switchedOn = false;
        assertTrue(gateway.classify(MESSAGE).isEmpty(), "switched off");
        assertEquals(0, server.getAllServeEvents().size());
        assertTrue(calls.isEmpty());
    }

    @Test
    void answersAndInsightsShareOneBreaker() {
        // a generous budget: this is about the breaker, and a call cut off by a busy machine never reaches the stub
        gateway.config = MapConfig.of(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", server.baseUrl() + "/v1",
                "LLM_TIMEOUT_SECONDS", "30"));
        switchedOn = true;
        gateway.answer(QUESTION);
        gateway.classify(MESSAGE);
        gateway.answer(QUESTION);
        assertEquals(CircuitBreaker.State.OPEN, gateway.circuit(), "three failures, whatever they were for");
        assertTrue(gateway.classify(MESSAGE).isEmpty());
        assertEquals(3, server.getAllServeEvents().size(), "the open breaker also stops insights");
        assertEquals(List.of("answer", "insight", "answer"), calls.stream().map(LlmCall::purpose).toList());
    }
}
