package org.nura.api.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the widget script that host pages load on every view, gzipped for clients that accept it. The server's
 * listener gzips only HTTP/1.1 answers, and browsers that reach it over TLS speak HTTP/2 (28.9 KB instead of about
 * 11 KB on the wire), so the script is compressed here, once per deployment. Each form has an ETag of its own (a
 * hash of the content; WildFly's default servlet gives none), so a browser revalidates with a 304 on both servers.
 * Caching headers are {@link WidgetCaching}'s.
 */
@WebServlet(WidgetScript.PATH)
public class WidgetScript extends HttpServlet {

    static final String PATH = "/widget.js";
    private static final long serialVersionUID = 1L;
    private static final String TYPE = "text/javascript;charset=utf-8";

    private transient volatile Forms forms;

    /** The script as it is and gzipped, each with its entity tag. */
    private record Forms(byte[] plain, String plainTag, byte[] gzipped, String gzippedTag) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Forms script = forms();
        boolean gzip = acceptsGzip(request);
        String tag = gzip ? script.gzippedTag() : script.plainTag();
        response.setHeader("ETag", tag);
        String known = request.getHeader("If-None-Match");
        if (known != null && (known.equals("*") || known.contains(tag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? script.gzipped() : script.plain();
        response.setContentType(TYPE);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private Forms forms() throws IOException {
        Forms known = forms;
        if (known == null) {
            byte[] plain = read();
            String hash = sha256(plain);
            known = new Forms(plain, "\"" + hash + "\"", gzip(plain), "\"" + hash + "-gz\"");
            forms = known;
        }
        return known;
    }

    private byte[] read() throws IOException {
        try (InputStream in = getServletContext().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IOException(PATH + " is missing from the web module");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2);
        // the best compression: done once per deployment, and every host page's visitor downloads the result
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
