package org.nura.knowledge.control;

/** Fired when handbook content changed; the on-box model is retrained once the change has committed. */
public record KnowledgeChanged(String reason) {
}
