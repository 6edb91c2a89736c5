package org.nura.ai.control;

import org.nura.ai.entity.LlmCall;

/** Where each call's usage goes; in the application a REQUIRES_NEW write, so a failed turn keeps its usage row. */
@FunctionalInterface
public interface UsageSink {

    void record(LlmCall call);
}
