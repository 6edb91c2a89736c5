package org.nura.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recognises a failure that is a backing service's absence (the database, or the broker's connection pool) rather
 * than a bug, whatever wraps it (EJB, JTA, JPA provider, connection pool), and logs an outage without flooding the log: the stack trace once per outage, then one line per
 * refused request. Only JDK and Jakarta types are looked at, so it holds on any server and JPA provider.
 */
public final class Outages {

    /** A refusal this long after the previous one starts a new outage, whose first refusal gets the stack trace. */
    static final long QUIET_NANOS = 60_000_000_000L;
    /** Seconds a client is asked to wait before trying again (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(Outages.class.getName());
    private static final Outages SHARED = new Outages(System::nanoTime);

    private final LongSupplier clock;
    private long lastRefusal;
    private boolean inOutage;
    private long refusedInOutage;

    Outages(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** The one instance per application: every module logs into the same outage. */
    public static Outages shared() {
        return SHARED;
    }

    /** Whether the failure, or anything it was caused by, says the database (or the broker) cannot be reached now. */
    public static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (unreachable(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        // JDBC chains its failures with getNextException, not always with the cause
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }

    private static boolean unreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // class 08: connection exception; 57P01–57P03: the server is shutting down, crashed or not yet up
            if (state.startsWith("08") || state.startsWith("57P")) {
                return true;
            }
        }
        if (t instanceof jakarta.resource.ResourceException) {
            return true; // the connector pool could not hand out a connection (refused, exhausted, timed out)
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof SQLException && (message.contains("allocat") && message.contains("connection")
                || message.contains("connection refused") || message.contains("connection is closed"));
    }

    /**
     * Logs one refused request: the first of an outage with its stack trace, the others as one line each.
     *
     * @return whether this refusal started a new outage
     */
    public boolean refused(String what, Throwable failure) {
        boolean first;
        long count;
        synchronized (this) {
            long now = clock.getAsLong();
            first = !inOutage || now - lastRefusal > QUIET_NANOS;
            inOutage = true;
            lastRefusal = now;
            refusedInOutage = first ? 1 : refusedInOutage + 1;
            count = refusedInOutage;
        }
        if (first) {
            LOG.log(Level.SEVERE, "Backing service unreachable: " + what + " refused with 503 (stack trace once per outage)",
                    failure);
        } else {
            LOG.warning(() -> "Backing service unreachable: " + what + " refused with 503 (" + count
                    + " in this outage): " + rootMessage(failure));
        }
        return first;
    }

    /** The innermost message, on one line, for the short log lines. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int i = 0; i < 50 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().replaceAll("\\s+", " ");
        return root.getClass().getSimpleName() + (message.isEmpty() ? ""
                : ": " + (message.length() > 200 ? message.substring(0, 200) : message));
    }
}
