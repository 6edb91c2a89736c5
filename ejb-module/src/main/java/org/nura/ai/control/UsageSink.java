package org.nura.ai.control;

/** Where each call's usage goes; in the application a REQUIRES_NEW write, so a failed turn keeps its usage row. */
@FunctionalInterface
public interface UsageSink {

    void record(LlmCall call);
}
