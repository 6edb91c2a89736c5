package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quick forms of the faults in deployment/faults: readiness and liveness, slow clients, and an LLM that accepts the
 * connection and never answers. None of them may stall the customers the on-box model answers or the health report.
 */
@ExtendWith(NuraServer.class)
class FaultsIT {

    private static final String CONFIDENT = "How do I activate an eSIM on my phone?";

    @Test
    void readinessAndLivenessAnswerInMicroProfileHealthShape() {
        Api.Reply ready = Api.get("/v1/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(List.of("database", "onbox_model"), ready.json().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name")).toList());
        Api.Reply live = Api.get("/v1/health/live");
        assertEquals(200, live.status());
        assertEquals("UP", live.json().getString("status"));
    }

    @Test
    void slowClientsSendingABodyAtOneBytePerSecondDoNotStallTheHealthCheck() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) { // more than Payara's default of 5 worker threads
                Socket socket = new Socket("127.0.0.1", Integer.parseInt(NuraServer.baseUrl().replaceAll(".*:", "")));
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/message HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            for (int second = 0; second < 4; second++) {
                for (Socket socket : slow) {
                    socket.getOutputStream().write(' ');
                    socket.getOutputStream().flush();
                }
                long started = System.nanoTime();
                assertEquals(200, Api.get("/v1/health").status());
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertTrue(ms < 1000, "/v1/health took " + ms + " ms with " + slow.size() + " slow clients");
                Thread.sleep(1000);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aHangingLlmDelaysNeitherConfidentAnswersNorTheHealthReport() throws Exception {
        long baseline = slowestOf(8);
        try (HangingServer llm = new HangingServer(NuraServer.LLM_PORT)) {
            assertEquals(200, Api.send("PUT", "/v1/admin/ai", "{\"enabled\": true}", Api.bearer()).status());
            ExecutorService customers = Executors.newFixedThreadPool(16);
            try {
                List<Future<Api.Reply>> unsure = new ArrayList<>();
                for (int i = 0; i < 16; i++) { // questions only the LLM could answer: they hold LLM calls
                    Customer customer = new Customer("llm-hang-" + i);
                    unsure.add(customers.submit(() -> customer.send("Qzx wvu: the quantum router warranty claim?", null)));
                }
                Thread.sleep(500);
                long healthMs = medianHealthMillis(5);
                assertTrue(healthMs < 1000, "/v1/health took " + healthMs + " ms (median) while the LLM hangs");
                long slowest = slowestOf(8);
                assertTrue(slowest <= Math.max(2 * baseline, 1500), "confident answers took up to " + slowest
                        + " ms while the LLM hangs (baseline " + baseline + " ms)");
                for (Future<Api.Reply> reply : unsure) {
                    assertEquals(200, reply.get(30, TimeUnit.SECONDS).status(), "answered without the LLM");
                }
                assertTrue(llm.accepted() > 0, "the LLM was called (answers or insight jobs) and hung");
            } finally {
                // the customers' requests finish on the server whatever happens here: wait for them, so that their
                // rows are not written while the next test counts rows
                customers.shutdown();
                customers.awaitTermination(60, TimeUnit.SECONDS);
            }
        } finally {
            Api.send("PUT", "/v1/admin/ai", "{\"enabled\": false}", Api.bearer());
        }
    }

    /**
     * The median of {@code n} health reports, 100 ms apart: on a shared 2-core machine one sample can wait for the
     * CPU; the median says whether the report itself waits for the hanging LLM.
     */
    private static long medianHealthMillis(int n) throws InterruptedException {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            assertEquals(200, Api.get("/v1/health").status());
            samples.add((System.nanoTime() - started) / 1_000_000);
            Thread.sleep(100);
        }
        java.util.Collections.sort(samples);
        return samples.get(n / 2);
    }

    /** The slowest of {@code n} confident answers, each in a new session, in milliseconds. */
    private static long slowestOf(int n) throws Exception {
        long slowest = 0;
        for (int i = 0; i < n; i++) {
            Customer customer = new Customer("confident-" + System.nanoTime());
            long started = System.nanoTime();
            assertEquals("local", customer.say(CONFIDENT).getString("source"));
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
        }
        return slowest;
    }

    /** Accepts connections on loopback and never answers: the worst an LLM can do. */
    private static final class HangingServer implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> held = new ArrayList<>();
        private final Thread acceptor;

        HangingServer(int port) throws IOException {
            server = new ServerSocket();
            server.bind(new InetSocketAddress("127.0.0.1", port));
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        synchronized (held) {
                            held.add(socket);
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int accepted() {
            synchronized (held) {
                return held.size();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (held) {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }
}
