package org.nura.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Small commands for deployment/nura that need no tool but the JDK:
 * {@code db-reachable URL USER PASSWORD}, {@code db-create URL USER PASSWORD}, {@code db-drop URL USER PASSWORD},
 * {@code embedded-postgres DATA_DIR PORT}, {@code redis-ping HOST PORT}, {@code wait-http URL SECONDS} and
 * {@code gate PORT} (a JSON 503 on the public port while the server starts: {@link StartingGate}).
 */
public final class Tool {

    private Tool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        int code = switch (args[0]) {
            case "db-reachable" -> dbReachable(args[1], args[2], arg(args, 3)) ? 0 : 1;
            case "db-create" -> dbCreate(args[1], args[2], arg(args, 3));
            case "db-drop" -> dbDrop(args[1], args[2], arg(args, 3));
            case "embedded-postgres" -> embedded(Path.of(args[1]), Integer.parseInt(args[2]));
            case "redis-ping" -> redisPing(args[1], Integer.parseInt(args[2])) ? 0 : 1;
            case "wait-http" -> waitHttp(args[1], Integer.parseInt(args[2]));
            case "gate" -> StartingGate.run(Integer.parseInt(args[1]));
            default -> usage();
        };
        System.exit(code);
    }

    private static int usage() {
        System.err.println("usage: Tool db-reachable|db-create|db-drop URL USER [PASSWORD] | embedded-postgres DIR PORT"
                + " | redis-ping HOST PORT | wait-http URL SECONDS | gate PORT");
        System.exit(2);
        return 2;
    }

    private static String arg(String[] args, int i) {
        return args.length > i ? args[i] : "";
    }

    /** The URL of the server's maintenance database, where CREATE DATABASE can run. */
    static String maintenanceUrl(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
    }

    static String databaseName(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, user, password);
    }

    private static boolean dbReachable(String url, String user, String password) {
        try (Connection ignored = connect(maintenanceUrl(url), user, password)) {
            return true;
        } catch (SQLException e) {
            System.err.println(e.getMessage());
            return false;
        }
    }

    private static int dbCreate(String url, String user, String password) throws SQLException {
        String name = databaseName(url);
        try (Connection c = connect(maintenanceUrl(url), user, password); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "''") + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\" ENCODING 'UTF8' TEMPLATE template0");
                System.out.println("created database " + name);
            }
        }
        return 0;
    }

    private static int dbDrop(String url, String user, String password) throws SQLException {
        String name = databaseName(url).replace("\"", "");
        try (Connection c = connect(maintenanceUrl(url), user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
        return 0;
    }

    /** Runs a real PostgreSQL from the embedded-postgres jar until this process is stopped; the data stays. */
    private static int embedded(Path dataDir, int port) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("embedded PostgreSQL listening on port " + port + ", data in " + dataDir);
        new CountDownLatch(1).await();
        return 0;
    }

    private static boolean redisPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64];
            int n = in.read(buffer);
            return n > 0 && new String(buffer, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static int waitHttp(String url, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    System.out.println(response.body());
                    return 0;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250); // a quarter second: the public listeners open as soon as this says ready
        }
        System.err.println("no healthy answer from " + url + " within " + seconds + " s: " + last);
        return 1;
    }
}
