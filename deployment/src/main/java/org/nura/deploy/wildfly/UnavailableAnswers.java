package org.nura.deploy.wildfly;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * WildFly's side of the starting gate: while WildFly stops (or before the EAR is deployed) it answers requests
 * itself — a suspended server with an empty 503, and once the EAR is undeployed with an empty 404, both of which
 * Undertow turns into an HTML page. This handler (an Undertow custom filter in front of every request, see
 * deployment/wildfly/configure.cli) turns such a bodiless 503 or 404 into the API's JSON 503 {@code unavailable}
 * with {@code Retry-After}, as the gate and Payara answer. It only acts when nothing else wrote a body: the
 * application's own answers (its JSON 404s, the console's pages) pass through untouched.
 */
public class UnavailableAnswers implements HttpHandler {

    /** The same wait the gate asks for (StartingGate). */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final HttpString RETRY_AFTER = new HttpString("Retry-After");
    private static final HttpString REQUEST_ID = new HttpString("X-Request-ID");

    private final HttpHandler next;

    public UnavailableAnswers(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addDefaultResponseListener(UnavailableAnswers::answer);
        next.handleRequest(exchange);
    }

    /** Called when the exchange ends without a body; true when it wrote the JSON answer. */
    static boolean answer(HttpServerExchange exchange) {
        int status = exchange.getStatusCode();
        if (exchange.isResponseStarted() || (status != 503 && status != 404)) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        byte[] json = body(id).getBytes(StandardCharsets.UTF_8);
        exchange.setStatusCode(503);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8")
                .put(RETRY_AFTER, RETRY_AFTER_SECONDS).put(REQUEST_ID, id)
                .put(Headers.CONTENT_LENGTH, json.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(json));
        return true;
    }

    static String body(String requestId) {
        return "{\"error\":{\"code\":\"unavailable\",\"message\":\"NURA is starting or stopping and cannot serve this"
                + " request now; please try again in a few seconds.\",\"request_id\":\"" + requestId + "\"}}";
    }
}
