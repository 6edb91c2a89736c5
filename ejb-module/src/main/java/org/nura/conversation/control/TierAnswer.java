package org.nura.conversation.control;

import org.nura.knowledge.control.Understanding;

/**
 * An answer and what the on-box model made of the message on the way, or null when no tier asked the model (a rule
 * or an upset customer answered first, or the model was still training). The message's insight job reuses the
 * model's reading instead of reading the message a second time.
 */
public record TierAnswer(Answer answer, Understanding understood) {
}
