import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer message reaching an agent's open chat screen, one node: from the moment {@code POST /v1/message} is
 * sent until the message is in the chat page's DOM in headless Chromium (a MutationObserver on the chat log stamps
 * it with {@code performance.timeOrigin + performance.now()}, the same wall clock as this program's on one machine).
 * The path measured: the message's transaction, the live event after commit, the Faces websocket push, the page's
 * script appending the line. Localhost only, bounded in count and time. Needs Selenium on the class path (the
 * deployment module's test class path) and Debian's chromium + chromium-driver; run from the repository root:
 * java -cp "$(cat /tmp/cp.txt)" deployment/bench/ConsoleLatencyBench.java [BASE_URL] [API_KEY] [ROUNDS] [WARMUP]
 */
public class ConsoleLatencyBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long TIME_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final String PASSWORD = "bench-console-password-1";
    /** Stamps each new chat line carrying "bench-N-" with its arrival time, keyed by N. */
    private static final String OBSERVE = "window.benchArrivals = {};"
            + "new MutationObserver(function (records) {"
            + "  var t = performance.timeOrigin + performance.now();"
            + "  records.forEach(function (r) { r.addedNodes.forEach(function (n) {"
            + "    var m = /bench-(\\d+)-/.exec(n.textContent || '');"
            + "    if (m && !(m[1] in window.benchArrivals)) { window.benchArrivals[m[1]] = t; } }); });"
            + "}).observe(document.getElementById('log'), {childList: true, subtree: true});";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:10080";
        String key = args.length > 1 ? args[1] : "dev-api-key-change-me";
        int rounds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 300, 2000);
        int warmup = Math.min(args.length > 3 ? Integer.parseInt(args[3]) : 30, 500);
        String host = URI.create(base).getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            throw new IllegalArgumentException("this benchmark runs against localhost only, not " + host);
        }
        String agent = "bench-console-" + Long.toString(System.currentTimeMillis(), 36);
        post(base + "/v1/users", "{\"username\":\"" + agent + "\",\"display_name\":\"Bench agent\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"agent\"]}", key, 201);
        String agentToken = field(post(base + "/v1/auth/login", "{\"username\":\"" + agent + "\",\"password\":\""
                + PASSWORD + "\"}", null, 200), "token");
        String direct = post(base + "/v1/handoff/direct",
                "{\"customer_id\":\"bench-console\",\"channel\":\"web\",\"reason\":\"benchmark\"}", null, 200);
        String session = field(direct, "session_id");
        String token = field(direct, "session_token");
        post(base + "/v1/handoff/" + session + "/accept", null, agentToken, 200);

        ChromeDriver driver = chromium();
        try {
            signIn(driver, base, agent);
            driver.get(base + "/admin/handoff/chat.xhtml?session=" + session);
            wait(driver).until(d -> !d.findElements(By.id("compose:reply")).isEmpty());
            Thread.sleep(1000); // the page's websocket connects after load
            driver.executeScript(OBSERVE);
            run(driver, base, session, token, rounds, warmup);
        } finally {
            driver.quit();
            post(base + "/v1/session/" + session + "/resolve", "{\"status\":\"resolved\"}", agentToken, 200);
        }
        System.exit(0);
    }

    private static void run(ChromeDriver driver, String base, String session, String token, int rounds, int warmup)
            throws Exception {
        long deadline = System.nanoTime() + TIME_LIMIT_NANOS;
        long[] toScreen = new long[rounds];
        long[] posts = new long[rounds];
        int done = 0;
        for (int i = -warmup; i < rounds && System.nanoTime() < deadline; i++) {
            int n = i + warmup;
            Instant sent = Instant.now();
            long start = System.nanoTime();
            post(base + "/v1/message", "{\"session_id\":\"" + session + "\",\"session_token\":\"" + token
                    + "\",\"message\":\"bench-" + n + "- where is my order?\"}", null, 200);
            long answered = System.nanoTime() - start;
            double arrived = arrival(driver, n);
            double sentMillis = sent.getEpochSecond() * 1e3 + sent.getNano() / 1e6;
            if (i >= 0) {
                toScreen[i] = Math.round((arrived - sentMillis) * 1e6);
                posts[i] = answered;
                done++;
            }
        }
        System.out.printf(Locale.ROOT, "messages timed: %d after %d warm-up, load average now: %.2f%n", done, warmup,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report("customer message -> open chat screen", Arrays.copyOf(toScreen, done));
        report("POST /v1/message answered           ", Arrays.copyOf(posts, done));
    }

    /** The page's stamp (epoch milliseconds) for message n, polled until it is there (10 s at most). */
    private static double arrival(ChromeDriver driver, int n) throws InterruptedException {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < limit) {
            Object stamp = driver.executeScript("return window.benchArrivals['" + n + "'] || null;");
            if (stamp instanceof Number number) {
                return number.doubleValue();
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("message " + n + " never reached the chat screen");
    }

    private static ChromeDriver chromium() {
        String driverPath = System.getProperty("nura.it.chromedriver", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("nura.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1200,900", "--lang=en");
        return new ChromeDriver(service, options);
    }

    private static void signIn(ChromeDriver driver, String base, String agent) {
        driver.get(base + "/admin/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(agent);
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:signin")).click();
        wait(driver).until(d -> !d.findElements(By.id("account:user-name")).isEmpty());
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static String post(String url, String json, String bearer, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
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
