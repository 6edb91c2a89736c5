package org.nura.api.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Request bodies the runtime could not even parse before our code ran. A malformed multipart body is the client's
 * fault, yet each runtime's reader fails its own way: RESTEasy (WildFly) throws a plain RuntimeException or
 * IOException ("Could find no Content-Disposition header within part", "Unable to get boundary"), where Jersey
 * (Payara) answers 400 itself. Recognised by the request's type and the reader's frames, so both answer 400.
 */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    /** Whether {@code failure} is a multipart reader refusing this multipart request's body. */
    static boolean isMalformedMultipart(HttpServletRequest request, Throwable failure) {
        String type = request == null ? null : request.getContentType();
        if (type == null || !type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
            return false;
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 8; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String name = frame.getClassName().toLowerCase(java.util.Locale.ROOT);
                if (name.contains(".multipart.") || name.contains("entitypart")) {
                    return true;
                }
            }
        }
        return false;
    }
}
