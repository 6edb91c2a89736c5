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
import java.util.UUID;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.security.boundary.Client;
import org.nura.security.boundary.Logins;
import org.nura.security.boundary.SecurityLogs;
import org.nura.security.entity.UserAccount;
import org.nura.security.events.SecurityIncident;

/**
 * Sends anyone who is not signed in to the sign-in page; only the sign-in page and the Faces resources are open.
 * On every page the user's token is checked again (disabled, changed or signed-out users are out at once), and a
 * page needs its role ({@link #requiredRole}). A signed-out user's page is remembered and opened after sign-in.
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

    @Inject
    Logins logins;

    @Inject
    SecurityLogs securityLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ambiguous(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String path = resolvedPath(request);
        if (!path.startsWith(RESOURCES) && !session.isLanguageChosen()) {
            session.useLanguage(browserLanguage(request));
        }
        if (open(path)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = session.isSignedIn() ? stillValid(request) : null;
        if (caller == null) {
            if ("GET".equals(request.getMethod()) && path.endsWith(".xhtml")) {
                String query = request.getQueryString();
                session.rememberNext(path + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(request.getContextPath() + SIGN_IN);
        } else if (!caller.has(requiredRole(path))) {
            securityLog.store(new SecurityIncident("role_denied", caller.username(), request.getRemoteAddr(),
                    request.getHeader("User-Agent"), UUID.randomUUID().toString(), "console " + path + " needs "
                    + requiredRole(path) + ", has " + caller.roles()));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The signed-in user as the database sees them now; null (and signed out) once the token no longer holds. */
    private Caller stillValid(HttpServletRequest request) {
        try {
            Caller now = logins.authenticate(session.token(), client(request));
            session.refresh(now.displayName(), List.copyOf(now.roles()));
            return now;
        } catch (NuraException e) {
            session.signOut();
            return null;
        }
    }

    static Client client(HttpServletRequest request) {
        return new Client(request.getRemoteAddr(), request.getHeader("User-Agent"), UUID.randomUUID().toString());
    }

    /**
     * The role a console page needs, by its component's folder: agents work the queue and chats; supervisors read
     * analytics and sessions and keep the knowledge; admins manage users, logs, jobs and the system. Roles include
     * the ones below them ({@link Caller#has}).
     */
    static String requiredRole(String path) {
        if (path.startsWith("/jobs/") || path.startsWith("/security/") || path.startsWith("/platform/")) {
            return UserAccount.ADMIN;
        }
        if (path.startsWith("/analytics/") || path.startsWith("/conversation/") || path.startsWith("/knowledge/")) {
            return UserAccount.SUPERVISOR;
        }
        return UserAccount.AGENT;
    }

    /** Arabic unless the browser prefers English to Arabic (the product is Arabic-first). */
    static String browserLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return "ar";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            String best = Locale.lookupTag(ranges, List.of("ar", "en"));
            return best == null ? "ar" : best;
        } catch (IllegalArgumentException e) {
            return "ar";
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
