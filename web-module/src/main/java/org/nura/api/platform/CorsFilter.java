package org.nura.api.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;
import org.nura.platform.control.NuraConfig;

/**
 * Lets the widget call the customer endpoints from the websites listed in CORS_ORIGINS ("*": any real origin).
 * Agent and admin endpoints get no CORS headers at all: the console is same-origin, and a foreign page must not
 * be able to use an agent's bearer. The opaque origin {@code null} (sandboxed frames, files) is never allowed,
 * and {@code Authorization} is not among the allowed headers.
 */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    /** The customer side of the API (see API.md): what the widget on a foreign site calls. */
    static final Pattern CUSTOMER_PATHS = Pattern.compile(
            "/?(message|feedback|handoff/direct|analytics/click|topics|articles/[^/]+"
            + "|session/[^/]+/(stream|typing|rating|attachments))/?");

    @Inject
    NuraConfig config;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        // an answer no endpoint gave (a 404 under a wrong API base) is only an error body: the widget may read
        // its request id, as it may on customer endpoints. Preflights are judged by path alone (the server answers
        // them itself, for agent endpoints too).
        boolean unmatched = !"OPTIONS".equals(request.getMethod())
                && (resource == null || resource.getResourceMethod() == null);
        if (origin == null || !unmatched && !CUSTOMER_PATHS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        String allowed = allowedOrigin(origin, config.corsOrigins());
        if (allowed == null) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", allowed);
        headers.putSingle("Vary", "Origin");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "Content-Type, X-Request-ID, Last-Event-ID");
        headers.putSingle("Access-Control-Expose-Headers", "X-Request-ID, Retry-After");
        headers.putSingle("Access-Control-Max-Age", "600");
    }

    /** The Access-Control-Allow-Origin answer for this origin, or null when it is not allowed. */
    static String allowedOrigin(String origin, List<String> configured) {
        if (origin.isBlank() || "null".equalsIgnoreCase(origin.trim())) {
            return null;
        }
        if (configured.contains(origin)) {
            return origin;
        }
        return configured.contains("*") ? "*" : null;
    }
}
