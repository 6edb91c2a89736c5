package org.nura.channels.control;

/**
 * A Bot API call that failed. {@code retryable}: Telegram was busy or broken (429 with retry_after, 5xx, no
 * answer), so the same call may succeed later; otherwise the call itself was wrong (400, 403: the user blocked the
 * bot) and sending it again would fail again.
 */
public class TelegramError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final boolean retryable;
    private final Integer retryAfter;

    public TelegramError(String message, int code, boolean retryable, Integer retryAfter, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** Telegram's error_code, or 0 when no answer came. */
    public int code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Seconds Telegram asked to wait (429), or null. */
    public Integer retryAfter() {
        return retryAfter;
    }
}
