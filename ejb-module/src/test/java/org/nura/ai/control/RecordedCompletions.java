package org.nura.ai.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The chat-completion replies under {@code src/test/resources/ai/}, served by WireMock to the real client. */
final class RecordedCompletions {

    private RecordedCompletions() {
    }

    static ResponseDefinitionBuilder json(int status, String file) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(read(file));
    }

    private static String read(String file) {
        try (InputStream in = RecordedCompletions.class.getResourceAsStream("/ai/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
