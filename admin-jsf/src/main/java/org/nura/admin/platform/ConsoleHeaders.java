package org.nura.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nura.platform.control.NuraConfig;

/**
 * Browser hardening of every console answer, before anything else may answer (mapped first in web.xml): no
 * framing, no MIME sniffing, no referrer, HSTS in production. The script policy itself comes from PrimeFaces
 * (primefaces.CSP in web.xml) because only it knows each page's nonce; this second policy adds what must hold
 * for every answer, pages and resources alike (browsers enforce both).
 */
public class ConsoleHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String BASE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Inject
    NuraConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", BASE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (config.production()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
