package org.nura.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caching for the widget script that host pages load on every view: browsers may reuse it for five minutes,
 * then revalidate with its ETag (a 304 costs a few bytes), so a new release reaches customers within minutes.
 *
 * <p>The ETag is ours (a hash of the content), not the container's: Payara's default servlet gives one, WildFly's
 * gives none for a file served from a jar's {@code META-INF/resources}, and the widget must revalidate on both. The
 * script itself is served, gzipped or not, by {@link WidgetScript}, which tags each form; a shared cache must keep
 * the two forms apart ({@code Vary}).
 */
@WebFilter({"/widget.js", "/demo.html"})
public class WidgetCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Per path; the files cannot change while the application is deployed. */
    private final transient Map<String, String> tags = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept-Encoding");
        String path = request.getServletPath();
        if (WidgetScript.PATH.equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        String tag = tags.computeIfAbsent(path, this::tagOf);
        if (tag.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("ETag", tag);
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"ETag".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"ETag".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** A strong ETag of the file's bytes, or "" when there is no such file (the container answers its 404). */
    private String tagOf(String path) {
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                return "";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "\"" + HexFormat.of().formatHex(sha.digest(in.readAllBytes()), 0, 12) + "\"";
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
