package org.nura.platform.control;

import jakarta.ejb.ApplicationException;

/** A business rule said no; the web layer turns the kind into an HTTP status and rolls the transaction back. */
@ApplicationException(rollback = true)
public class NuraException extends RuntimeException {

    /** What went wrong, in terms a client can act on. */
    public enum Kind { VALIDATION, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, RATE_LIMITED, UNAVAILABLE,
        /** 415: content of a kind the endpoint does not take (judged by the bytes, not the declared type). */
        UNSUPPORTED,
        /** 410: something that existed and is no longer available, such as an expired link. */
        GONE }

    private final Kind kind;
    private final String code;

    public NuraException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static NuraException invalid(String code, String message) {
        return new NuraException(Kind.VALIDATION, code, message);
    }

    public static NuraException notFound(String code, String message) {
        return new NuraException(Kind.NOT_FOUND, code, message);
    }

    public static NuraException conflict(String code, String message) {
        return new NuraException(Kind.CONFLICT, code, message);
    }

    public static NuraException unauthorized(String code, String message) {
        return new NuraException(Kind.UNAUTHORIZED, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
