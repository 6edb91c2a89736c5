package org.nura.analytics.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.nura.analytics.control.LiveFigures;
import org.nura.analytics.control.Stats;

/**
 * The supervisor's dashboard for a period ({@code from}..{@code to}, whole UTC days) and its change against the
 * previous period of the same length; every definition is on {@link org.nura.analytics.control.Totals}.
 */
public record DashboardView(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
        Count conversations, Count customerMessages, Map<String, Count> answersBySource, List<DayActivity> activity,
        List<LiveFigures.Conversation> latestConversations, Satisfaction satisfaction, Figure deflection,
        Figure automation, Figure resolution, Count knowledgeGaps, Ai ai, Timing timeToAccept, Timing timeToResolve,
        LiveFigures.Waiting oldestWaiting) {

    /** A count, the previous period's, and the relative change (null when the previous count is 0). */
    public record Count(long value, long previous, Double change) {

        static Count of(long value, long previous) {
            return new Count(value, previous, Stats.change((double) value, (double) previous));
        }
    }

    /** A share or an amount (null when there is nothing to measure), the previous period's, the relative change. */
    public record Figure(Double value, Double previous, Double change) {

        static Figure of(Double value, Double previous) {
            return new Figure(value, previous, Stats.change(value, previous));
        }
    }

    /**
     * 👍 and 👎 of the period's answers and the 👍 share. {@code ratingAverage} and {@code ratings}: the mean and
     * number of the end-of-chat 1–5 ratings given in the period (both channels); the mean is null without ratings.
     */
    public record Satisfaction(Count thumbsUp, Count thumbsDown, Figure thumbsUpShare, Double ratingAverage,
            Long ratings) {
    }

    /** LLM calls, tokens and estimated cost in USD. */
    public record Ai(Count calls, Count tokens, Figure costUsd) {
    }

    /** Median and 90th percentile in seconds (the name is given: JSON-B writes no underscore after a digit). */
    public record Timing(Figure medianSeconds, @JsonbProperty("p90_seconds") Figure p90Seconds) {
    }

    /** One day of the period. */
    public record DayActivity(LocalDate day, long conversations, long customerMessages, long handedOff,
            long answers) {
    }
}
