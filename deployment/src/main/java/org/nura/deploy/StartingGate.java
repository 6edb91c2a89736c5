package org.nura.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * Holds the public HTTP port while Payara Server starts or redeploys with its own listeners closed, and answers every
 * request with the API's JSON error, 503 {@code unavailable} and {@code Retry-After}: a customer or a monitor never
 * sees Payara's HTML 404 page of a listener that is up before the application. {@code deployment/nura} stops it
 * (by its pid) the moment the application is ready, and then opens Payara's listeners on the same port.
 */
public final class StartingGate {

    /** Seconds a client is asked to wait; a start takes tens of seconds, a retry every few seconds is cheap. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final HttpServer server;

    public StartingGate(InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 64);
        server.createContext("/", StartingGate::refuse);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** Runs until the process is stopped. */
    static int run(int port) throws IOException, InterruptedException {
        StartingGate gate = new StartingGate(new InetSocketAddress(port));
        gate.start();
        System.out.println("answering 503 on port " + port + " until the application is ready");
        new CountDownLatch(1).await();
        return 0;
    }

    private static void refuse(HttpExchange exchange) throws IOException {
        // the body is not read: the answer closes the connection, and a GET's body stream would wait for the client
        try (exchange) {
            String id = UUID.randomUUID().toString();
            byte[] json = ("{\"error\":{\"code\":\"unavailable\",\"message\":\"NURA is starting and cannot serve this"
                    + " request yet; please try again in a few seconds.\",\"request_id\":\"" + id + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            exchange.getResponseHeaders().set("X-Request-ID", id);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Connection", "close");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(503, head ? -1 : json.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
            }
        }
    }
}
