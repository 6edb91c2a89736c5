package org.nura.conversation.events;

/**
 * Fired synchronously inside the transaction that stored a customer message (answered by the bot or passed to an
 * agent), for work that must exist exactly when the message does, such as the message's insight job.
 * {@code answeredBy} is the answer's source ({@code agent} when a human holds the session); {@code answerConfidence},
 * {@code answerIntent} and {@code handoffReason} describe the bot's answer and are null when there was none.
 * {@code modelIntent} and {@code modelConfidence} are what the on-box model read in the message while answering it,
 * null when the model was not asked: whoever reads the message again can reuse them.
 */
public record CustomerMessageLogged(String sessionId, String messageId, String lang, String answeredBy,
        Double answerConfidence, String answerIntent, String handoffReason, String modelIntent,
        Double modelConfidence) {
}
