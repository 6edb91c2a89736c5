package org.nura.ai.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.ai.control.AiSwitch;
import org.nura.ai.control.LlmGateway;
import org.nura.platform.control.NuraConfig;

/** Admins turn the LLM on and off at runtime; the choice is stored so that every node follows it. */
@Stateless
public class AiSettings {

    @Inject
    AiSwitch aiSwitch;

    @Inject
    LlmGateway gateway;

    @Inject
    NuraConfig config;

    public AiStatus status() {
        return new AiStatus(aiSwitch.enabled(), config.optional("OPENAI_API_KEY").isPresent(),
                config.text("OPENAI_MODEL", "gpt-4o-mini"), gateway.circuit().name().toLowerCase(java.util.Locale.ROOT));
    }

    public AiStatus enable(boolean enabled) {
        aiSwitch.set(enabled);
        return status();
    }
}
