package org.nura.handoff.boundary;

import java.util.regex.Pattern;
import org.nura.handoff.entity.SessionOutcome;
import org.nura.platform.control.NuraException;

/** Input checks of the handoff calls: each failure is a 400 naming the field, before anything is written. */
final class Fields {

    private static final Pattern STATUS = Pattern.compile("[a-z][a-z_]{0,31}");

    private Fields() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw NuraException.invalid("missing_" + field, field + " is required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw NuraException.invalid("invalid_" + field, field + " must be at most " + max + " characters");
        }
        return text;
    }

    /** The outcome as given, "resolved" when no status is named, resolved by the signed-in user. */
    static SessionOutcome.Resolution resolution(SessionOutcome.Resolution in, String resolverId) {
        String status = in.status() == null || in.status().isBlank() ? "resolved" : in.status().strip();
        if (!STATUS.matcher(status).matches()) {
            throw NuraException.invalid("invalid_status", "status must be a lower-case word such as resolved");
        }
        return new SessionOutcome.Resolution(status, optional("issue_category", in.issueCategory(), 128),
                optional("root_cause", in.rootCause(), 128), optional("resolution_notes", in.resolutionNotes(), 4000),
                resolverId);
    }
}
