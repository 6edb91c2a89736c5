import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session search latency on one running node over a generated history (generate_history.py, seed 14): each query
 * is sent WARM times untimed, then TIMED times one after the other; prints p50, p95 and max per query, the number
 * of sessions on the page, and the same for GET /v1/session/{id} of the sessions found. Localhost only.
 * Run from the repository root (see BENCHMARKS.md):
 * java deployment/bench/SessionSearchBench.java [BASE_URL] [API_KEY] [WARM] [TIMED] [AGENT_ID]
 */
public class SessionSearchBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SESSION_ID = Pattern.compile("\"session_id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = args.length > 1 ? args[1] : "dev-api-key-change-me";
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int timed = Math.min(args.length > 3 ? Integer.parseInt(args[3]) : 20, 200);
        String agent = args.length > 4 ? args[4] : "2";
        List<String> queries = List.of("", "page=50", "status=pending_handoff", "channel=telegram&page=3",
                "agent=" + agent, "customer_id=cust-000123", "from=2026-11-20&to=2026-11-22",
                q("انترنت"), q("الإنترنت بطيئة"), q("internet"), q("internet") + "&page=5", q("Silêmanî"),
                q("duhok"), q("سرقتوا"), q("ئینتەرنێت"), q("eSIM"), q("package") + "&page=10", q("07862711936"),
                q("TCK-620250"), q("slow") + "&channel=telegram&status=resolved", q("packages") + "&agent=" + agent,
                q("رصيد") + "&from=2026-11-01&to=2026-11-15", q("zzzz-no-such-word"));
        System.out.printf(Locale.ROOT, "%-58s %8s %8s %8s %5s%n", "GET /v1/sessions?…", "p50 ms", "p95 ms", "max ms",
                "rows");
        List<String> found = new ArrayList<>();
        double worst = 0;
        for (String query : queries) {
            String path = "/v1/sessions" + (query.isEmpty() ? "" : "?" + query);
            String body = get(base, key, path);
            Matcher m = SESSION_ID.matcher(body);
            int rows = 0;
            while (m.find()) {
                rows++;
                if (found.size() < 40) {
                    found.add(m.group(1));
                }
            }
            double[] t = time(base, key, path, warm, timed);
            worst = Math.max(worst, t[t.length - 1]);
            System.out.printf(Locale.ROOT, "%-58s %8.1f %8.1f %8.1f %5d%n", shown(query), pct(t, 50), pct(t, 95),
                    t[t.length - 1], rows);
        }
        double[] detail = new double[found.size()];
        for (int i = 0; i < found.size(); i++) {
            double[] t = time(base, key, "/v1/session/" + found.get(i), 1, 3);
            detail[i] = pct(t, 50);
        }
        Arrays.sort(detail);
        System.out.printf(Locale.ROOT, "GET /v1/session/{id} over %d sessions found: p50 %.1f ms, p95 %.1f ms, max %.1f"
                + " ms (each the median of 3)%n", detail.length, pct(detail, 50), pct(detail, 95),
                detail.length == 0 ? 0 : detail[detail.length - 1]);
        System.out.printf(Locale.ROOT, "slowest search request: %.1f ms%n", worst);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String shown(String query) {
        String decoded = java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
        return decoded.isEmpty() ? "(no parameters)" : decoded;
    }

    private static double[] time(String base, String key, String path, int warm, int timed) throws Exception {
        for (int i = 0; i < warm; i++) {
            get(base, key, path);
        }
        double[] t = new double[timed];
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            get(base, key, path);
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return t;
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String get(String base, String key, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
