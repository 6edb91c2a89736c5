import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live chat latency on one node, both directions, measured from the moment the HTTP call is sent to the moment the
 * event arrives on the other side's SSE stream: customer message → agents' stream, agent reply → customer's stream.
 * Localhost only, bounded in count and time. Run from the repository root (see BENCHMARKS.md):
 * java deployment/bench/LiveChatBench.java [BASE_URL] [API_KEY] [ROUNDS] [WARMUP]
 */
public class LiveChatBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(10);
    private static final long TIME_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(5);

    /** An SSE event's data and the time it was read. */
    record Arrival(String data, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:10080";
        String key = args.length > 1 ? args[1] : "dev-api-key-change-me";
        int rounds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 300, 2000);
        int warmup = Math.min(args.length > 3 ? Integer.parseInt(args[3]) : 30, 500);
        String host = URI.create(base).getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            throw new IllegalArgumentException("this benchmark runs against localhost only, not " + host);
        }
        String direct = post(base + "/v1/handoff/direct",
                "{\"customer_id\":\"bench\",\"channel\":\"web\",\"reason\":\"benchmark\"}", null);
        String session = field(direct, "session_id");
        String token = field(direct, "session_token");
        post(base + "/v1/handoff/" + session + "/accept", null, key); // the API key accepts as the machine admin "api-key"
        BlockingQueue<Arrival> agents = stream(base + "/v1/handoff/stream", key);
        BlockingQueue<Arrival> customer = stream(base + "/v1/session/" + session + "/stream?token=" + token, null);

        long deadline = System.nanoTime() + TIME_LIMIT_NANOS;
        long[] toAgents = new long[rounds];
        long[] toCustomer = new long[rounds];
        long[] posts = new long[rounds * 2];
        int done = 0;
        for (int i = -warmup; i < rounds && System.nanoTime() < deadline; i++) {
            long[] up = customerToAgents(base, session, token, agents, "c-" + i);
            long[] down = agentToCustomer(base, key, session, customer, "a-" + i);
            if (i >= 0) {
                toAgents[i] = up[0];
                toCustomer[i] = down[0];
                posts[2 * i] = up[1];
                posts[2 * i + 1] = down[1];
                done++;
            }
        }
        post(base + "/v1/session/" + session + "/resolve", "{\"status\":\"resolved\",\"resolved_by\":\"bench\"}", key);
        System.out.printf(Locale.ROOT, "round trips timed: %d after %d warm-up, load average now: %.2f%n", done,
                warmup, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report("customer message -> agents' stream", Arrays.copyOf(toAgents, done));
        report("agent reply -> customer's stream  ", Arrays.copyOf(toCustomer, done));
        // for reading the figures: how much of the above is the HTTP call itself (both kinds of POST together)
        report("POST answered (both endpoints)    ", Arrays.copyOf(posts, 2 * done));
        System.exit(0); // the SSE reader threads would otherwise keep the JVM alive
    }

    /** {event latency, POST latency} of one customer message. */
    private static long[] customerToAgents(String base, String session, String token, BlockingQueue<Arrival> agents,
            String marker) throws Exception {
        long sent = System.nanoTime();
        post(base + "/v1/message", "{\"session_id\":\"" + session + "\",\"session_token\":\"" + token
                + "\",\"message\":\"bench " + marker + "\"}", null);
        long answered = System.nanoTime();
        return new long[] {await(agents, "bench " + marker) - sent, answered - sent};
    }

    /** {event latency, POST latency} of one agent reply. */
    private static long[] agentToCustomer(String base, String key, String session, BlockingQueue<Arrival> customer,
            String marker) throws Exception {
        long sent = System.nanoTime();
        post(base + "/v1/handoff/" + session + "/reply", "{\"text\":\"reply " + marker + "\"}", key);
        long answered = System.nanoTime();
        return new long[] {await(customer, "reply " + marker) - sent, answered - sent};
    }

    /** The arrival time of the event carrying {@code text}; other events (other sessions, status) are skipped. */
    private static long await(BlockingQueue<Arrival> queue, String text) throws Exception {
        String needle = "\"text\":\"" + text + "\"";
        long limit = System.nanoTime() + EVENT_TIMEOUT.toNanos();
        while (System.nanoTime() < limit) {
            Arrival a = queue.poll(limit - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (a != null && a.data().contains(needle)) {
                return a.nanos();
            }
        }
        throw new IllegalStateException("no event with " + needle + " within " + EVENT_TIMEOUT);
    }

    private static BlockingQueue<Arrival> stream(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(response.body(), arrivals), "sse " + url);
        reader.setDaemon(true);
        reader.start();
        return arrivals;
    }

    private static void read(InputStream body, BlockingQueue<Arrival> arrivals) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    arrivals.add(new Arrival(line.substring(5), System.nanoTime()));
                }
            }
        } catch (java.io.IOException e) {
            // the stream ended; the timed loop notices through its timeout
        }
    }

    private static String post(String url, String json, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing in " + json);
        }
        return m.group(1);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", what,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile. */
    private static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
