package org.nura.ai.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.ai.control.AiSwitch;
import org.nura.ai.control.LlmGateway;
import org.nura.ai.control.LlmSettings;
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
        LlmSettings settings = LlmSettings.from(config);
        return new AiStatus(aiSwitch.enabled(), settings.configured(), settings.model(),
                gateway.circuit().name().toLowerCase(java.util.Locale.ROOT));
    }

    public AiStatus enable(boolean enabled) {
        aiSwitch.set(enabled);
        if (enabled) {
            gateway.warmUpInBackground();
        }
        return status();
    }
}
