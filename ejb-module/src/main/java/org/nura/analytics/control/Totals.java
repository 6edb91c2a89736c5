package org.nura.analytics.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A period's sums and the dashboard's definitions over them, written once here (the README repeats them):
 * <ul>
 * <li>conversations: sessions that began in the period;</li>
 * <li>customer messages: messages customers wrote in the period (to the assistant or to an agent);</li>
 * <li>answers by source: assistant answers by the tier that gave them (rules, local, rag, openai, handoff,
 * fallback), agent replies (agent) and topic-tree articles opened (tree);</li>
 * <li>deflection: (conversations − conversations handed to a person) / conversations;</li>
 * <li>automation: customer messages the assistant itself answered (rules, local, rag, openai — not the fallback,
 * not a handoff, not an agent) / customer messages;</li>
 * <li>resolution: handoffs requested in the period that an agent has resolved / handoffs requested in the period;</li>
 * <li>satisfaction: 👍 / (👍 + 👎) of the ratings of the period's answers;</li>
 * <li>knowledge gaps: customer questions answered with low confidence or the fallback, or flagged by the insight
 * job ({@link Fact#GAPS});</li>
 * <li>AI: LLM calls, tokens and estimated cost (USD) logged in the period;</li>
 * <li>time to accept / resolve: median and 90th percentile (percentile_cont) of the seconds from the customer's
 * handoff request to the accept / the resolution, over the handoffs requested in the period that got there.</li>
 * </ul>
 * A share over nothing is null, not zero and not a division by zero.
 */
public record Totals(long conversations, long handedOff, long customerMessages, Map<String, Long> answersBySource,
        long thumbsUp, long thumbsDown, long knowledgeGaps, long llmCalls, long tokens, double costUsd,
        List<Handoff> handoffs) {

    /** Sources whose answers the assistant gave itself. */
    public static final Set<String> AUTOMATED = Set.of("rules", "local", "rag", "openai");
    /** Every source the dashboard lists, zero when absent. */
    public static final List<String> SOURCES = List.of("tree", "rules", "local", "rag", "openai", "agent", "handoff",
            "fallback");

    public Double deflection() {
        return Stats.share(conversations - handedOff, conversations);
    }

    public Double automation() {
        long automated = answersBySource.entrySet().stream().filter(e -> AUTOMATED.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return Stats.share(automated, customerMessages);
    }

    public Double resolution() {
        List<Handoff> requested = handoffs.stream().filter(Handoff::requested).toList();
        return Stats.share(requested.stream().filter(Handoff::resolved).count(), requested.size());
    }

    public Double satisfaction() {
        return Stats.share(thumbsUp, thumbsUp + thumbsDown);
    }

    public List<Double> secondsToAccept() {
        return handoffs.stream().filter(Handoff::accepted).map(Handoff::secondsToAccept)
                .filter(java.util.Objects::nonNull).toList();
    }

    public List<Double> secondsToResolve() {
        return handoffs.stream().filter(Handoff::resolved).map(Handoff::secondsToResolve)
                .filter(java.util.Objects::nonNull).toList();
    }

    public long answers(String source) {
        return answersBySource.getOrDefault(source, 0L);
    }
}
