package org.nura.ai.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import org.nura.ai.boundary.LlmUsage;
import org.nura.platform.control.MapConfig;

/** The gateway calls nobody while the AI switch is off or no key is set, whatever the question. */
class LlmGatewayTest {

    private static final GroundedQuestion QUESTION = new GroundedQuestion("roaming?", "en",
            List.of(new ContextItem("article", "7", "Roaming", "Turn roaming on in the app.")), List.of());

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final LlmGateway gateway = new LlmGateway();
    private final List<LlmCall> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean switchedOn;

    @BeforeEach
    void start() {
        server.start();
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
}
