package org.nura.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Sends anyone who is not signed in to the sign-in page; only the sign-in page and the Faces resources are open.
 *
 * <p>The decision is taken on the path the container resolved (servlet path + path info), never on the raw request
 * URI: the container serves the normalised path, so a raw {@code /jakarta.faces.resource/../jobs/jobs.xhtml} would
 * match the open prefix while the jobs page is served. Requests whose raw URI could be read two ways (dot segments,
 * encoded dots, slashes or backslashes, path parameters, doubled slashes) are refused outright: no console page
 * needs them.
 */
@WebFilter("/*")
public class ConsoleGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SIGN_IN = "/login.xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    /** Lower-cased; {@code %25} catches double encoding such as {@code %252e}. */
    private static final List<String> AMBIGUOUS = List.of("..", "%2e", "%2f", "%5c", "\\", ";", "//", "%25", "%00");

    @Inject
    ConsoleSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ambiguous(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (open(resolvedPath(request)) || session.isSignedIn()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + SIGN_IN);
        }
    }

    static boolean ambiguous(String rawUri) {
        String uri = rawUri.toLowerCase(Locale.ROOT);
        return AMBIGUOUS.stream().anyMatch(uri::contains);
    }

    static boolean open(String path) {
        return path.equals(SIGN_IN) || path.startsWith(RESOURCES);
    }

    private static String resolvedPath(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }
}
