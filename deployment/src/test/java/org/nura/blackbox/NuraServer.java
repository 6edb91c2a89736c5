package org.nura.blackbox;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs NURA the way a user does — {@code deployment/nura start} on a freshly provisioned Payara Server (or WildFly,
 * {@code -Dnura.server=wildfly}), with an empty database — once per test JVM, and stops it after the last test. It also runs a Redis of its own so that
 * tests can stop and restart it without touching the machine's Redis.
 */
public final class NuraServer implements BeforeAllCallback {

    public static final String API_KEY = "it-api-key";
    /** The server the suite runs on: "payara" (default) or "wildfly" (-Dnura.server=wildfly; deployment/pom.xml). */
    public static final String SERVER = System.getProperty("nura.server", "payara");
    /** The JUnit tag of the tests CI runs on the second server: one of each container feature (deployment/pom.xml). */
    public static final String SMOKE = "server-smoke";
    /** Several suites may run at once on one machine (developers, CI): each takes free ports and its own database. */
    static final int PORT_BASE = Integer.getInteger("nura.it.portBase", freePortBase());
    static final int REDIS_PORT = PORT_BASE + 90;
    /** The escalation webhook receiver the server is configured to call. */
    static final int WEBHOOK_PORT = PORT_BASE + 91;
    /** Where the server's OpenAI client is pointed; a test that switches the LLM on serves it there. */
    static final int LLM_PORT = PORT_BASE + 92;
    /** The customer's website that embeds the widget (HostSite): the one origin CORS_ORIGINS allows. */
    static final int HOST_SITE_PORT = PORT_BASE + 93;
    /** Where the server's Telegram client is pointed (TELEGRAM_API_BASE_URL); TelegramIT serves a fake Bot API there. */
    static final int TELEGRAM_PORT = PORT_BASE + 94;
    /** WIDGET_IDENTITY_SECRET of the test server: a site's server signs its customer ids with it. */
    public static final String IDENTITY_SECRET = "it-widget-identity-secret";
    /** RATE_LIMIT_SESSIONS_PER_IP of the test server (per minute). */
    public static final int SESSIONS_PER_IP = 60;
    public static final String OPENAI_KEY = "it-openai-key";
    public static final String ADMIN_PASSWORD = "it-admin-password";
    /** Not the default "nura": the suite checks that every key the server writes carries the configured prefix. */
    public static final String REDIS_KEY_PREFIX = "nura-it";
    static final String DB_URL = System.getProperty("nura.it.db.url",
            "jdbc:postgresql://localhost:5432/nura_it_" + PORT_BASE);
    static final String DB_USER = System.getProperty("nura.test.db.user", "postgres");
    static final String DB_PASSWORD = System.getProperty("nura.test.db.password", "");
    private static final Path PROJECT = Path.of(System.getProperty("nura.project.dir", "..")).toAbsolutePath().normalize();
    static final Path HOME = Path.of(System.getProperty("nura.it.home", "target/it-home")).toAbsolutePath();

    private static boolean started;
    private static Process redis;
    private static WebhookReceiver webhooks;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (NuraServer.class) {
            if (started) {
                return;
            }
            started = true;
            // registered first, so that a failed start still stops whatever it started
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(NuraServer.class.getName(), new Shutdown());
            startRedis();
            webhooks = new WebhookReceiver(WEBHOOK_PORT);
            dropDatabase();
            script("start");
        }
    }

    public static String baseUrl() {
        return "http://localhost:" + (PORT_BASE + 80);
    }

    public static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
    }

    /** One number from the database, e.g. a count. */
    public static long queryLong(String sql, Object... params) throws SQLException {
        try (Connection c = db(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static WebhookReceiver webhooks() {
        return webhooks;
    }

    public static String redisUrl() {
        return "redis://localhost:" + REDIS_PORT;
    }

    /** Restarts the server as a user would (stop, then start without rebuilding). */
    public static void restart() throws IOException, InterruptedException {
        script("restart");
    }

    public static synchronized void startRedis() throws IOException, InterruptedException {
        if (redis != null && redis.isAlive()) {
            return;
        }
        Files.createDirectories(HOME);
        if (listening(REDIS_PORT)) {
            throw new IllegalStateException("port " + REDIS_PORT + " is taken; the tests need a Redis of their own");
        }
        try {
            redis = new ProcessBuilder("redis-server", "--port", String.valueOf(REDIS_PORT), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(HOME.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server must be installed for the black-box tests (.ci/run installs it)", e);
        }
        for (int i = 0; i < 50 && !listening(REDIS_PORT); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        if (!listening(REDIS_PORT)) {
            throw new IllegalStateException("redis-server did not start on port " + REDIS_PORT);
        }
    }

    public static synchronized void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
            redis = null;
        }
    }

    private static int freePortBase() {
        // Payara's domain ports are base + 9 … 86; Redis takes base + 90, the webhook receiver 91, the LLM peer 92,
        // the host site 93, the fake Bot API 94
        // (deployment/nura's loopback probe listener: 82)
        int[] offsets = {9, 37, 38, 39, 48, 66, 76, 80, 81, 82, 86, 90, 91, 92, 93, 94};
        for (int base = 28000; base < 40000; base += 1000) {
            int b = base;
            if (java.util.Arrays.stream(offsets).noneMatch(o -> listening(b + o))) {
                return base;
            }
        }
        throw new IllegalStateException("no free port range for the test server between 28000 and 40000");
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void dropDatabase() throws SQLException {
        String maintenance = DB_URL.substring(0, DB_URL.lastIndexOf('/') + 1) + "postgres";
        String name = DB_URL.substring(DB_URL.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(maintenance, DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    private static void script(String command) throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        File log = HOME.resolve("nura-" + command + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", PROJECT.resolve("deployment/nura").toString(), command))
                .directory(PROJECT.toFile()).redirectErrorStream(true).redirectOutput(log);
        var env = builder.environment();
        env.put("NURA_SKIP_BUILD", "1");
        env.put("NURA_SERVER", SERVER);
        env.put("NURA_HOME", HOME.toString());
        env.put("NURA_PORT_BASE", String.valueOf(PORT_BASE));
        env.put("NURA_DB_URL", DB_URL);
        env.put("NURA_DB_USER", DB_USER);
        env.put("NURA_DB_PASSWORD", DB_PASSWORD);
        env.put("REDIS_URL", redisUrl());
        env.put("API_KEY", API_KEY);
        env.put("SLOW_REQUEST_MS", "2000");
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("REDIS_KEY_PREFIX", REDIS_KEY_PREFIX);
        // background jobs: every handoff is posted to the test's receiver; short delays so retries fit in a test
        env.put("ESCALATION_WEBHOOK_URL", WebhookReceiver.url(WEBHOOK_PORT));
        env.put("ESCALATION_WEBHOOK_SECRET", WebhookReceiver.SECRET);
        env.put("ESCALATION_WEBHOOK_TIMEOUT_SECONDS", "3");
        env.put("JOB_MAX_ATTEMPTS", "4");
        env.put("JOB_RETRY_DELAY_SECONDS", "1");
        env.put("JOB_RECOVERY_INTERVAL_SECONDS", "2");
        env.put("JOB_STALE_SECONDS", "30");
        // a key and a base URL, but the AI switch off: only a test that switches it on reaches the LLM peer
        env.put("OPENAI_API_KEY", OPENAI_KEY);
        env.put("OPENAI_BASE_URL", "http://localhost:" + LLM_PORT + "/v1");
        env.put("AI_ENABLED", "false");
        // identity and access: the widget's host site is the one allowed origin; the harness stands in for a reverse
        // proxy (Api sends each call with its own X-Forwarded-For), so per-address limits count what tests intend
        env.put("CORS_ORIGINS", HostSite.origin());
        env.put("TRUSTED_PROXIES", "127.0.0.1");
        env.put("RATE_LIMIT_SESSIONS_PER_IP", String.valueOf(SESSIONS_PER_IP));
        env.put("WIDGET_IDENTITY_SECRET", IDENTITY_SECRET);
        env.put("IDENTITY_VERIFICATION", "optional");
        env.put("RETENTION_DAYS", "30");
        // Telegram in webhook mode against the fake Bot API TelegramIT runs; polling is switched on at run time
        env.put("TELEGRAM_BOT_TOKEN", TelegramFake.TOKEN);
        env.put("TELEGRAM_API_BASE_URL", "http://localhost:" + TELEGRAM_PORT);
        env.put("TELEGRAM_WEBHOOK_SECRET", TelegramFake.WEBHOOK_SECRET);
        env.put("TELEGRAM_POLLER_LEASE_SECONDS", "6");
        env.put("TELEGRAM_POLL_TIMEOUT_SECONDS", "1");
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("deployment/nura " + command + " failed:\n" + Files.readString(log.toPath()));
        }
        System.out.println(Files.readString(log.toPath()));
    }

    /** Stops the server and Redis after the last test of the JVM. */
    private static final class Shutdown implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException, InterruptedException {
            shutdown();
        }
    }

    private static void shutdown() throws IOException, InterruptedException {
        try {
            script("stop");
        } finally {
            stopRedis();
            if (webhooks != null) {
                webhooks.stop();
            }
        }
    }
}
