package org.nura.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, on this node, why a delivery was rolled back, so that its redelivery can name the error in the job's
 * {@code last_error} (the rolled-back transaction could not store it). Bounded: it is a courtesy, not a record.
 */
@ApplicationScoped
public class SystemFailures {

    private static final int LIMIT = 1000;

    private final Map<String, String> errors = new ConcurrentHashMap<>();

    public void remember(JobMessage message, Throwable failure) {
        if (errors.size() >= LIMIT) {
            errors.clear();
        }
        errors.put(key(message), "system error: " + describe(failure));
    }

    public Optional<String> take(JobMessage message) {
        return Optional.ofNullable(errors.remove(key(message)));
    }

    private static String key(JobMessage message) {
        return message.jobId() + "#" + message.attempt();
    }

    /** The innermost cause: the container wraps the handler's exception in its own. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
