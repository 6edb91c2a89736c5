package org.nura.analytics.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nura.knowledge.control.TextFolding;
import org.nura.platform.control.NuraException;
import org.nura.sessions.entity.Session;

/**
 * A session search as a supervisor asked for it, checked: the query's words folded the one way NURA folds text
 * ({@link TextFolding}), so that "الإنترنت", "الانترنت" and "الأنترنت" or "Înternetê" and "internete" find the same
 * messages; status and channel among the known values; {@code from} inclusive and {@code to} exclusive, where a
 * bare date means its whole day (UTC), so {@code from=to=2026-11-30} is that day; pages from 1.
 */
public record SessionCriteria(List<String> words, String status, String channel, String agent, String customerId,
        OffsetDateTime from, OffsetDateTime to, int page) {

    public static final int PAGE_SIZE = 20;
    /** Deep pages cost an offset scan; past this a supervisor narrows the search instead. */
    public static final int MAX_PAGE = 500;
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_WORDS = 8;
    static final int MAX_ID_CHARS = 128;

    public SessionCriteria {
        words = List.copyOf(words);
    }

    /** The raw query parameters (any may be null or blank: no such filter) → the checked criteria, or a 400. */
    public static SessionCriteria of(String q, String status, String channel, String agent, String customerId,
            String from, String to, Integer page) {
        OffsetDateTime start = instant("from", from, false);
        OffsetDateTime end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw NuraException.invalid("invalid_range", "from must be before to");
        }
        int p = page == null ? 1 : page;
        if (p < 1 || p > MAX_PAGE) {
            throw NuraException.invalid("invalid_page", "page must be between 1 and " + MAX_PAGE);
        }
        return new SessionCriteria(words(q), oneOf("status", status, Session.STATUSES),
                oneOf("channel", channel, Session.CHANNELS), id("agent", agent), id("customer_id", customerId), start,
                end, p);
    }

    public boolean searchesText() {
        return !words.isEmpty();
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    static List<String> words(String q) {
        if (blank(q)) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw NuraException.invalid("query_too_long", "q has more than " + MAX_QUERY_CHARS + " characters");
        }
        String folded = TextFolding.words(q);
        if (folded.isEmpty()) {
            throw NuraException.invalid("invalid_query", "q has no letters or digits to search for");
        }
        List<String> words = Arrays.stream(folded.split(" ")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw NuraException.invalid("query_too_long", "q has more than " + MAX_WORDS + " words");
        }
        return words;
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        if (blank(value)) {
            return null;
        }
        if (!allowed.contains(value.strip())) {
            throw NuraException.invalid("invalid_" + name,
                    name + " must be one of " + allowed.stream().sorted().toList());
        }
        return value.strip();
    }

    private static String id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_ID_CHARS) {
            throw NuraException.invalid("invalid_" + name, name + " has more than " + MAX_ID_CHARS + " characters");
        }
        return value.strip();
    }

    /** An ISO date (its day, UTC) or date-time with offset; {@code end}: a bare date ends with its day. */
    private static OffsetDateTime instant(String name, String value, boolean end) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw NuraException.invalid("invalid_date", name + " must be a date (2026-11-30) or a date-time with an"
                    + " offset (2026-11-30T08:00:00Z)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
