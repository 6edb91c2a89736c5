package org.nura.api.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nura.platform.control.NuraConfig;

/**
 * Browser hardening on every answer of the web module: no MIME sniffing, no referrer at all, HSTS in
 * production (served behind TLS there), and a Content-Security-Policy: the API's JSON may not run or be framed
 * at all, the demo page runs only same-origin scripts (the widget) and talks only to its own server.
 */
// asyncSupported: the live streams (SSE) are asynchronous, and one synchronous filter in the chain forbids that
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The API answers data, never a document: nothing in it may load, run or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /**
     * The demo page: scripts only from this server (no inline script at all), its inline style sheet and the
     * widget's Shadow DOM styles, API calls and the live stream to this server only.
     */
    static final String DEMO_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'; object-src 'none'";

    @Inject
    NuraConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (config.production()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/v1/")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        } else if (path.equals("/demo.html") || path.equals("/") || path.equals("/index.html")) {
            response.setHeader("Content-Security-Policy", DEMO_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }
}
