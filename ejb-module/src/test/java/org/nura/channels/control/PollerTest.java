package org.nura.channels.control;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two pollers, as two nodes would run them, on the real lease table in PostgreSQL (the V13 migration, in a schema
 * of this test's own) against a fake Bot API: one polls, the other takes over when the first stops or dies.
 */
class PollerTest {

    static final String URL = System.getProperty("nura.test.db.url", "jdbc:postgresql://localhost:5432/nura_test");
    static final String USER = System.getProperty("nura.test.db.user", "postgres");
    static final String PASSWORD = System.getProperty("nura.test.db.password", "");
    static final Duration LEASE = Duration.ofSeconds(2);

    final String schema = "poller_test_" + ProcessHandle.current().pid();
    WireMockServer telegram;
    BotClient bot;
    PollerLease lease;
    final List<String> handled = new CopyOnWriteArrayList<>();

    /** The test database, created when missing (as the in-container tests do). */
    static void ensureDatabase() throws SQLException {
        String name = URL.substring(URL.lastIndexOf('/') + 1);
        String maintenance = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(maintenance, USER, PASSWORD); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "") + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE \"" + name + "\"");
            }
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        ensureDatabase();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET search_path TO " + schema);
            s.execute(Files.readString(Path.of("../sql/src/main/resources/db/migration/V13__create_telegram.sql")));
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        ds.setCurrentSchema(schema);
        lease = new PollerLease(ds);
        telegram = new WireMockServer(options().dynamicPort());
        telegram.start();
        telegram.stubFor(post(urlEqualTo("/bot1:t/deleteWebhook")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        telegram.stubFor(post(urlEqualTo("/bot1:t/getUpdates")).willReturn(okJson("{\"ok\":true,\"result\":["
                + "{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"},"
                + "\"text\":\"hi\"}}]}")));
        bot = new BotClient(telegram.baseUrl(), "1:t", Duration.ofSeconds(5));
        long t0 = System.nanoTime();
        bot.updates(0, 0); // the first call of a JVM loads the client library's classes: not part of the race
        System.out.println("first Bot API call: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        telegram.resetRequests();
    }

    @AfterEach
    void tearDown() throws SQLException {
        telegram.stop();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private Poller poller(String node) {
        return new Poller(lease, node, update -> handled.add(node + ":" + Poller.updateId(update)));
    }

    @Test
    void twoPollersStartedAtOnceOnePollsTheOtherTakesOverWhenItStops() throws Exception {
        Poller a = poller("node-a");
        Poller b = poller("node-b");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> roundA = () -> { go.await(); return a.round(bot, LEASE, 0); };
            Callable<Boolean> roundB = () -> { go.await(); return b.round(bot, LEASE, 0); };
            Future<Boolean> first = nodes.submit(roundA);
            Future<Boolean> second = nodes.submit(roundB);
            go.countDown();
            assertTrue(first.get() ^ second.get(), "exactly one of two pollers started at once polls");
        } finally {
            nodes.shutdown();
        }
        Poller holder = a.holding() ? a : b;
        Poller other = holder == a ? b : a;
        for (int i = 0; i < 3; i++) { // the holder keeps its lease round after round; the other never polls
            assertTrue(holder.round(bot, LEASE, 0));
            assertFalse(other.round(bot, LEASE, 0));
        }
        assertEquals(holder.node(), lease.holder().orElseThrow());
        assertEquals(List.of(holder.node() + ":7"), handled.stream().distinct().toList());
        assertEquals(8, lease.offset(), "the offset moved past the handled update");
        assertEquals(1, telegram.countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/bot1:t/deleteWebhook")).build()).getCount());

        holder.stop();
        assertTrue(other.round(bot, LEASE, 0), "a clean stop hands the lease over at once");
        assertEquals(other.node(), lease.holder().orElseThrow());
        assertTrue(handled.contains(other.node() + ":7"), "the new poller fetched from the stored offset");
    }

    @Test
    void aDeadPollersLeaseIsTakenOverOnceItExpires() throws Exception {
        Poller dead = poller("node-dead");
        Poller alive = poller("node-alive");
        assertTrue(dead.round(bot, LEASE, 0));
        // node-dead stops renewing without releasing (its JVM died)
        assertFalse(alive.round(bot, LEASE, 0), "the lease is still running");
        Thread.sleep(LEASE.toMillis() + 300);
        assertTrue(alive.round(bot, LEASE, 0), "taken over after the expiry");
        assertFalse(lease.advance("node-dead", 100), "the dead node can no longer move the offset");
        assertEquals(8, lease.offset());
    }
}
