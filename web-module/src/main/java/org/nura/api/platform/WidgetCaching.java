package org.nura.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching for the widget script that host pages load on every view: browsers may reuse it for five minutes,
 * then revalidate with its ETag (a 304 costs a few bytes), so a new release reaches customers within minutes.
 * The server gzips it for clients that accept that (deployment/payara), so a shared cache must keep both forms apart.
 */
@WebFilter({"/widget.js", "/demo.html"})
public class WidgetCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, response);
    }
}
