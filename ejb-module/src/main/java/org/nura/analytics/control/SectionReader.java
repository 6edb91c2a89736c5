package org.nura.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The report sections read from the daily aggregates (and today's raw rows): knowledge gaps, intents, cost. */
@ApplicationScoped
public class SectionReader {

    /** Groups listed at most, most asked first: a supervisor works down the top of the list. */
    public static final int MAX_GAPS = 500;
    /** Sources the assistant answers from on the box itself, without the LLM or a person. */
    static final String ON_BOX = "('rules', 'local', 'rag')";

    @Inject
    FactStore store;

    public List<ReportRows.Gap> gaps(Period period, Filters filters) {
        return store.query(Fact.GAPS, period, filters, "normalized, sum(asked), sum(low_confidence), sum(fallback),"
                + " sum(flagged), (array_agg(example_text ORDER BY example_at DESC))[1],"
                + " (array_agg(session_id ORDER BY example_at DESC))[1]",
                "GROUP BY normalized ORDER BY 2 DESC, 1 LIMIT " + MAX_GAPS).stream()
                .map(r -> new ReportRows.Gap(r.text(0), r.count(1), r.count(2), r.count(3), r.count(4), r.text(5),
                        r.text(6))).toList();
    }

    /** Assistant answers only (not agent replies, not tree articles), by the intent they were given for. */
    public List<ReportRows.Intent> intents(Period period, Filters filters) {
        return store.query(Fact.ANSWERS, period, filters, "intent, sum(answers),"
                + " coalesce(sum(answers) FILTER (WHERE source IN " + ON_BOX + "), 0), sum(confidence_sum),"
                + " sum(confidence_n), sum(thumbs_up), sum(thumbs_down)", "source NOT IN ('agent', 'tree')",
                "GROUP BY intent ORDER BY 2 DESC, 1").stream().map(r -> {
                    long answers = r.count(1);
                    long onBox = r.count(2);
                    long n = r.count(4);
                    return new ReportRows.Intent(r.text(0), answers, onBox, Stats.share(onBox, answers),
                            n == 0 ? null : Stats.round(r.number(3) / n), r.count(5), r.count(6),
                            Stats.share(r.count(6), r.count(5) + r.count(6)));
                }).toList();
    }

    public List<ReportRows.Cost> cost(Period period, Filters filters) {
        return store.query(Fact.USAGE, period, filters, "day, model, sum(calls), sum(prompt_tokens),"
                + " sum(completion_tokens), sum(total_tokens), sum(cost_usd)", "GROUP BY day, model ORDER BY 1, 2")
                .stream().map(r -> new ReportRows.Cost(day(r.get(0)), r.text(1), r.count(2), r.count(3), r.count(4),
                        r.count(5), (BigDecimal) r.get(6))).toList();
    }

    /** Answers and their ratings by source and intent (the ratings endpoint). */
    public List<FactStore.Row> ratings(Period period) {
        return store.query(Fact.ANSWERS, period, Filters.NONE, "source, intent, sum(thumbs_up), sum(thumbs_down)",
                "source NOT IN ('tree')", "GROUP BY source, intent HAVING sum(thumbs_up) + sum(thumbs_down) > 0"
                        + " ORDER BY 1, 2");
    }

    /** Activity per day: conversations, customer messages, handoffs and answers. */
    public List<FactStore.Row> volumeByDay(Period period) {
        return store.query(Fact.VOLUME, period, Filters.NONE, "day, sum(sessions), sum(customer_messages),"
                + " sum(handed_off)", "GROUP BY day ORDER BY day");
    }

    public List<FactStore.Row> answersByDay(Period period) {
        return store.query(Fact.ANSWERS, period, Filters.NONE, "day, sum(answers)", "GROUP BY day ORDER BY day");
    }

    /** A thumbs-down with the question and the answer it judged. */
    public record ThumbsDown(String messageId, String sessionId, String question, String answer, String source,
            String intent, Double confidence, String comment, java.time.OffsetDateTime ratedAt) {
    }

    /** The newest 👎 of the period (by when the rating was given), at most {@code limit}. */
    public List<ThumbsDown> latestThumbsDown(Period period, int limit) {
        return store.rows("SELECT f.message_id, f.session_id, a.customer_message, a.response, a.source, a.intent,"
                + " a.confidence, f.comment, f.updated_at FROM message_feedback f JOIN conversation_logs a"
                + " ON a.message_id = f.message_id WHERE f.rating = 'down' AND f.updated_at >= ? AND f.updated_at < ?"
                + " ORDER BY f.updated_at DESC, f.id DESC LIMIT " + limit, List.of(
                        period.start().atOffset(java.time.ZoneOffset.UTC), period.end().atOffset(java.time.ZoneOffset.UTC)))
                .stream().map(r -> new ThumbsDown(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                        r.get(6) == null ? null : r.number(6), r.text(7),
                        ((java.sql.Timestamp) r.get(8)).toInstant().atOffset(java.time.ZoneOffset.UTC))).toList();
    }

    static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
