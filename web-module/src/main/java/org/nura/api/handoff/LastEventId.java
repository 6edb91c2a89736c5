package org.nura.api.handoff;

import org.nura.platform.control.NuraException;

/** Reads the SSE {@code Last-Event-ID} header: absent means "from now on", garbage is a 400 rather than a guess. */
final class LastEventId {

    private LastEventId() {
    }

    static long parse(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            throw NuraException.invalid("invalid_last_event_id", "Last-Event-ID must be an event id (a number)");
        }
    }
}
