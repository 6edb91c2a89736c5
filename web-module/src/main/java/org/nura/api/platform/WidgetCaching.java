package org.nura.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Caching and compression for the widget script that host pages load on every view. Browsers may reuse it for five
 * minutes, then revalidate with its ETag (a 304 costs a few bytes), so a new release reaches customers within
 * minutes. The script is gzipped here, once per deployment, rather than by the listener: Payara's listener gzips
 * HTTP/1.1 answers only, and browsers that reach the server over TLS speak HTTP/2 (28.9 KB instead of about 11).
 */
@WebFilter({"/widget.js", "/demo.html"})
public class WidgetCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String SCRIPT = "/widget.js";

    private transient volatile Gzipped script;

    /** The script's gzipped bytes and the entity tag that names them. */
    private record Gzipped(byte[] bytes, String etag) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept-Encoding");
        boolean script = SCRIPT.equals(request.getServletPath());
        if (!script || !acceptsGzip(request) || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Gzipped gzipped = gzippedScript(request);
        response.setHeader("ETag", gzipped.etag());
        if (gzipped.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/javascript;charset=utf-8");
        response.setHeader("Content-Encoding", "gzip");
        response.setContentLength(gzipped.bytes().length);
        response.getOutputStream().write(gzipped.bytes());
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    private Gzipped gzippedScript(HttpServletRequest request) throws IOException {
        Gzipped known = script;
        if (known == null) {
            try (InputStream in = request.getServletContext().getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IOException(SCRIPT + " is missing from the web module");
                }
                byte[] plain = in.readAllBytes();
                ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2);
                try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                    gzip.write(plain);
                }
                known = new Gzipped(out.toByteArray(), "W/\"gz-" + Integer.toHexString(java.util.Arrays.hashCode(plain))
                        + "-" + plain.length + "\"");
                script = known;
            }
        }
        return known;
    }
}
