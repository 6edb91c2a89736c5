import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What background jobs cost and how fast they drain, on one running node:
 * 1. POST /v1/message latency, sequential (each message enqueues an insight job in its transaction);
 * 2. a burst of messages from several clients, then the time until every insight job is done (drain rate) and the
 *    lag of each job from enqueue to completion (jobs.created_at → completed_at, from GET /v1/jobs).
 * Localhost only, bounded in count. Run from the repository root (see BENCHMARKS.md):
 * java deployment/bench/JobsBench.java [BASE_URL] [API_KEY] [MESSAGES] [CLIENTS] [LABEL]
 */
public class JobsBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] QUESTIONS = {"How do I activate an eSIM on my phone?", "ما هي الباقات المتاحة؟",
        "My internet is very slow", "Çawa ez dikarim pakêta înternetê bikirim?", "What are your working hours?",
        "نسيت كلمة المرور", "How do I check my balance?", "الشبكة ما تشتغل عندي"};
    private static final Pattern DONE_AT = Pattern.compile("\"completed_at\":\"([^\"]+)\",\"created_at\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = args.length > 1 ? args[1] : "dev-api-key-change-me";
        int messages = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 200, 2000);
        int clients = Math.min(args.length > 3 ? Integer.parseInt(args[3]) : 4, 16);
        String label = args.length > 4 ? args[4] : "run";
        for (int i = 0; i < 100; i++) {
            message(base, i); // warm-up: JIT, connection pools, the MDB pool
        }
        double[] sequential = new double[messages];
        for (int i = 0; i < messages; i++) {
            long t = System.nanoTime();
            message(base, i);
            sequential[i] = (System.nanoTime() - t) / 1e6;
        }
        report(label + " POST /v1/message sequential (ms)", sequential);
        long doneBefore = doneInsights(base, key);
        long started = System.nanoTime();
        burst(base, messages, clients);
        double sentSeconds = (System.nanoTime() - started) / 1e9;
        long target = doneBefore + messages;
        long done = doneInsights(base, key);
        long progressAt = System.nanoTime();
        while (done < target && System.nanoTime() - progressAt < 10e9) {
            Thread.sleep(50);
            long now = doneInsights(base, key);
            progressAt = now > done ? System.nanoTime() : progressAt;
            done = now;
        }
        if (done < target) {
            System.out.printf(Locale.ROOT, "%s burst: %d messages from %d clients sent in %.2f s (%.0f msg/s); no"
                    + " insight jobs finished for 10 s (BACKGROUND_JOBS_ENABLED=false?)%n", label, messages, clients,
                    sentSeconds, messages / sentSeconds);
            return;
        }
        double drainedSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s burst: %d messages from %d clients sent in %.2f s (%.0f msg/s); all insight"
                + " jobs done after %.2f s (%.0f jobs/s)%n", label, messages, clients, sentSeconds,
                messages / sentSeconds, drainedSeconds, messages / drainedSeconds);
        report(label + " insight job lag, enqueue → done (ms)", lags(base, key, messages));
    }

    private static void burst(String base, int messages, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            int n = i;
            sent.add(pool.submit(() -> message(base, n)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
    }

    private static Void message(String base, int n) throws Exception {
        String body = "{\"customer_id\":\"bench-" + n + "\",\"message\":\"" + QUESTIONS[n % QUESTIONS.length] + "\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/message"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /v1/message answered " + r.statusCode() + ": " + r.body());
        }
        return null;
    }

    private static long doneInsights(String base, String key) throws Exception {
        String counts = get(base + "/v1/jobs/counts", key);
        Matcher m = Pattern.compile("\"done\":(\\d+)").matcher(counts);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static double[] lags(String base, String key, int newest) throws Exception {
        String page = get(base + "/v1/jobs?status=done&type=insight&limit=" + Math.min(newest, 500), key);
        Matcher m = DONE_AT.matcher(page);
        List<Double> lags = new ArrayList<>();
        while (m.find()) {
            lags.add(Duration.between(OffsetDateTime.parse(m.group(2)), OffsetDateTime.parse(m.group(1))).toNanos() / 1e6);
        }
        return lags.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String get(String url, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void report(String what, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        System.out.printf(Locale.ROOT, "%s: n=%d p50 %.1f p90 %.1f p99 %.1f max %.1f%n", what, v.length,
                at(v, 0.50), at(v, 0.90), at(v, 0.99), v.length == 0 ? 0 : v[v.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
