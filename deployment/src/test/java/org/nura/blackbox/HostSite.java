package org.nura.blackbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A customer's website on another origin (127.0.0.1 against the server's localhost) that embeds the widget with
 * its one script tag; it serves only the host pages, never the API, so the widget talks to the real server.
 */
final class HostSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    HostSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", NuraServer.HOST_SITE_PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The site's origin, which the test server lists in CORS_ORIGINS. */
    static String origin() {
        return "http://127.0.0.1:" + NuraServer.HOST_SITE_PORT;
    }

    /** Publishes a page and returns its URL. */
    String add(String html) {
        String path = "/page-" + counter.incrementAndGet() + ".html";
        pages.put(path, html);
        return origin() + path;
    }

    /** A plain host page: its own content, optional extra head markup, then whatever scripts are given. */
    static String page(String htmlLang, String head, String scripts) {
        return "<!DOCTYPE html><html lang=\"" + htmlLang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>host</title>" + head
                + "</head><body><a id=\"first\" href=\"#top\">first link</a><p id=\"probe\">The customer's own page.</p>"
                + scripts + "</body></html>";
    }

    /** The documented embedding, pointed at the server under test (absolute URLs, as on a foreign site). */
    static String widget(String extraAttributes) {
        return widgetWithApi(NuraServer.baseUrl() + "/v1", extraAttributes);
    }

    static String widgetWithApi(String api, String extraAttributes) {
        return "<script src=\"" + NuraServer.baseUrl() + "/widget.js\" data-api=\"" + api + "\" " + extraAttributes
                + "></script>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
