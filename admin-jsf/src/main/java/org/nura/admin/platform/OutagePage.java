package org.nura.admin.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.nura.platform.control.Outages;

/**
 * While the database cannot be reached, a console page answers 503 with a short page that says so and reloads
 * itself, instead of the server's error page with a stack trace; the outage is logged once, not per request.
 */
@WebFilter("/*")
public class OutagePage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>NURA console — briefly unavailable</title>
            <meta http-equiv="refresh" content="%d"></head>
            <body style="font-family: sans-serif; max-width: 36em; margin: 4em auto">
            <h1>The console is briefly unavailable</h1>
            <p>NURA cannot reach its database at the moment. Nothing you did was lost; this page tries again by
            itself in a few seconds.</p></body></html>
            """.formatted(Outages.RETRY_AFTER_SECONDS);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!Outages.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            Outages.shared().refused("console " + request.getMethod() + " " + request.getRequestURI(), e);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
            response.setContentType("text/html;charset=utf-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
