package org.nura.api.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.nura.platform.control.Metrics;
import org.nura.platform.control.NuraConfig;

/**
 * Gives every request an id (the caller's X-Request-ID when it is sane, else a new one), returns it on every
 * answer, counts answers by status and logs the slow ones.
 */
@Provider
@PreMatching
@Priority(1)
public class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-ID";
    static final String ATTRIBUTE = "nura.request_id";
    private static final String STARTED = "nura.started_nanos";
    /** Set on a request whose refusal is already logged (an outage): its one line says how long it took. */
    static final String LOGGED = "nura.refusal_logged";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger(RequestIds.class.getName());

    @Inject
    NuraConfig config;

    @Inject
    Metrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(ATTRIBUTE, idFor(request.getHeaderString(HEADER)));
        request.setProperty(STARTED, System.nanoTime());
    }

    /** The caller's id when it is sane, else a new one. */
    static String idFor(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(ATTRIBUTE);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        Object started = request.getProperty(STARTED);
        if (started instanceof Long nanos) {
            long millis = (System.nanoTime() - nanos) / 1_000_000;
            metrics.count("nura.http.responses", "status", (response.getStatus() / 100) + "xx");
            if (millis >= config.slowRequestMillis() && request.getProperty(LOGGED) == null) {
                LOG.warning(() -> "Slow request " + id + ": " + request.getMethod() + " "
                        + request.getUriInfo().getPath() + " took " + millis + " ms (status " + response.getStatus() + ")");
            }
        }
    }

    /** The id of the request being served, for error bodies and logs. */
    public static String of(HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }

    /** Milliseconds since the request reached the API, or -1 when it did not pass the request filter. */
    static long elapsedMillis(HttpServletRequest request) {
        Object started = request == null ? null : request.getAttribute(STARTED);
        return started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
    }

    /** Lets resources quote the id too. */
    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(ATTRIBUTE);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }
}
