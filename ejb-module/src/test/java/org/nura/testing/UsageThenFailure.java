package org.nura.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.ai.control.LlmUsage;
import org.nura.ai.entity.LlmCall;
import org.nura.platform.control.NuraException;

/** A boundary used only by tests: a customer turn that records LLM usage and then fails and rolls back. */
@Stateless
public class UsageThenFailure {

    @Inject
    LlmUsage usage;

    public void turn(LlmCall call) {
        usage.record(call);
        throw NuraException.conflict("turn_failed", "the turn was told to fail after the LLM call");
    }
}
