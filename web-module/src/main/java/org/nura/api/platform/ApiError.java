package org.nura.api.platform;

/** The body of every error answer: {@code {"error": {"code", "message", "request_id"}}}. */
public record ApiError(Detail error) {

    /** What went wrong and the request id to quote when asking for help. */
    public record Detail(String code, String message, String requestId) {
    }

    public static ApiError of(String code, String message, String requestId) {
        return new ApiError(new Detail(code, message, requestId));
    }
}
