package org.nura.api.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.nura.platform.control.NuraConfig;

/** Lets the widget call the API from the websites listed in CORS_ORIGINS ("*" for any). */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Inject
    NuraConfig config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        List<String> allowed = config.corsOrigins();
        if (!allowed.contains("*") && !allowed.contains(origin)) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", allowed.contains("*") ? "*" : origin);
        headers.putSingle("Vary", "Origin");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-ID, X-Customer-Hash, Last-Event-ID");
        headers.putSingle("Access-Control-Expose-Headers", "X-Request-ID");
        headers.putSingle("Access-Control-Max-Age", "600");
    }
}
