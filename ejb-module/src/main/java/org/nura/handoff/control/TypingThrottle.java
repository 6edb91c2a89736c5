package org.nura.handoff.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drops typing signals that repeat within {@link #QUIET_MILLIS} for the same session and side, so a fast typist or a
 * misbehaving client cannot flood the streams. Per node: a client that alternates nodes may get one extra signal
 * through, which the receiving side's ~4 s display makes invisible.
 */
@ApplicationScoped
public class TypingThrottle {

    public static final long QUIET_MILLIS = 1000;
    /** Beyond this many remembered keys the stale ones are swept (a signal is only remembered for a second). */
    static final int SWEEP_AT = 10_000;

    private final Map<String, Long> last = new ConcurrentHashMap<>();

    /** Whether a signal of {@code side} for {@code sessionId} at {@code nowMillis} goes out (and is remembered). */
    public boolean admit(String sessionId, String side, long nowMillis) {
        if (last.size() > SWEEP_AT) {
            last.values().removeIf(at -> nowMillis - at >= QUIET_MILLIS);
        }
        boolean[] admitted = {false};
        last.compute(sessionId + '|' + side, (key, at) -> {
            if (at == null || nowMillis - at >= QUIET_MILLIS || nowMillis < at) {
                admitted[0] = true;
                return nowMillis;
            }
            return at;
        });
        return admitted[0];
    }
}
