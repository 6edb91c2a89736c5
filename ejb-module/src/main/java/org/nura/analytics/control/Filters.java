package org.nura.analytics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nura.platform.control.NuraException;

/**
 * A report's filters, each optional: channel and language of the row (the message's, the session's for sessions,
 * handoffs and LLM usage); agent (user id or user name) and issue category of a handoff's outcome, which for
 * message figures select the sessions that had such an outcome.
 */
public record Filters(String channel, String agent, String category, String lang) {

    public static final Filters NONE = new Filters(null, null, null, null);
    private static final Set<String> CHANNELS = Set.of("web", "telegram");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    public Filters {
        channel = blankless(channel);
        agent = blankless(agent);
        category = blankless(category);
        lang = blankless(lang);
        if (channel != null && !CHANNELS.contains(channel)) {
            throw NuraException.invalid("invalid_channel", "channel must be web or telegram");
        }
        if (lang != null && !LANG.matcher(lang).matches()) {
            throw NuraException.invalid("invalid_lang", "lang must be a language code such as ar, ku, ckb or en");
        }
        if (agent != null && agent.length() > 128 || category != null && category.length() > 128) {
            throw NuraException.invalid("invalid_filter", "agent and category are at most 128 characters");
        }
    }

    /** Agent or category asked for: message figures then come from the raw rows of the sessions they select. */
    public boolean selectsSessions() {
        return agent != null || category != null;
    }

    /** The outcome conditions on alias {@code o}, e.g. {@code o.issue_category = ?}; empty when none. */
    public String outcomeConditions() {
        return outcomeConditions("o.agent_id", "o.issue_category");
    }

    /** The same conditions on the given columns (e.g. of the handoffs aggregate). */
    public String outcomeConditions(String agentColumn, String categoryColumn) {
        StringBuilder sql = new StringBuilder();
        if (agent != null) {
            sql.append(" AND (").append(agentColumn).append(" = ? OR ").append(agentColumn)
                    .append(" IN (SELECT u.id::text FROM users u WHERE lower(u.username) = lower(?)))");
        }
        if (category != null) {
            sql.append(" AND ").append(categoryColumn).append(" = ?");
        }
        return sql.toString();
    }

    /** The same filters without agent and category: channel and language only. */
    public Filters rowsOnly() {
        return new Filters(channel, null, null, lang);
    }

    /** The parameters of {@link #outcomeConditions()}, in order. */
    public List<Object> outcomeParameters() {
        List<Object> params = new ArrayList<>();
        if (agent != null) {
            params.add(agent);
            params.add(agent);
        }
        if (category != null) {
            params.add(category);
        }
        return params;
    }

    /** The sessions the outcome filters select, as a subquery; null when there are none. */
    public String sessionSubquery() {
        return selectsSessions() ? "SELECT o.session_id FROM session_outcomes o WHERE true" + outcomeConditions() : null;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
