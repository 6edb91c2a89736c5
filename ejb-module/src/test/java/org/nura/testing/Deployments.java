package org.nura.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the WAR test archives that Payara Micro runs: NURA's classes (without the JMS parts, which need a broker
 * Payara Micro lacks), the libraries the EAR ships, the migrations, and a datasource of its own pointing at the
 * test database, which is created here on the client side if it is missing.
 */
public final class Deployments {

    /**
     * Packages that need JMS, excluded from Payara Micro archives: the jobs component, and the channels component,
     * whose every answer is a send job and whose Bot API client needs the OkHttp left out below.
     */
    private static final List<String> NEEDS_BROKER = List.of("org.nura.jobs", "org.nura.channels");
    /**
     * The other components' classes that need JMS: their job handlers ({@code *Job}, which enqueue through the jobs
     * component) and their message-driven beans ({@code *Consumer}); the architecture tests keep these names.
     */
    private static final java.util.regex.Pattern BROKER_CLASS = java.util.regex.Pattern.compile(
            "org/nura/[a-z]+/(control/[A-Za-z]+Job|boundary/[A-Za-z]+Consumer)(\\$.*)?\\.class");
    /** Libraries no in-container test uses yet and that would make every deployment slow. */
    private static final List<String> HEAVY = List.of("openai", "kotlin", "okhttp", "okio", "jackson");

    private Deployments() {
    }

    public static WebArchive war(Class<?>... testClasses) {
        ensureDatabase();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "nura-test.war")
                .addClasses(testClasses)
                .addAsWebInfResource(new StringAsset(beansXml()), "beans.xml")
                .addAsWebInfResource(new StringAsset(webXml()), "web.xml")
                .addAsResource(new StringAsset(persistenceXml()), "META-INF/persistence.xml")
                .addAsResource(new StringAsset(config()), "META-INF/microprofile-config.properties");
        addMainClasses(war, Path.of("target/classes"));
        for (String entry : runtimeClasspath()) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                war.addAsLibrary(directoryJar(path));
            } else if (HEAVY.stream().noneMatch(h -> path.getFileName().toString().contains(h))) {
                war.addAsLibrary(path.toFile());
            }
        }
        war.addAsLibrary(jarOf(org.postgresql.Driver.class));
        return war;
    }

    private static void addMainClasses(WebArchive war, Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean excluded = NEEDS_BROKER.stream().anyMatch(p -> name.startsWith(p.replace('.', '/') + "/"))
                        || BROKER_CLASS.matcher(name).matches()
                        || name.equals("META-INF/persistence.xml") || name.equals("META-INF/microprofile-config.properties")
                        || name.equals("META-INF/beans.xml");
                if (!excluded) {
                    war.addAsResource(file.toFile(), name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaArchive directoryJar(Path directory) {
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, directory.getParent().getParent().getFileName() + ".jar");
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> jar.addAsResource(f.toFile(), directory.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static List<String> runtimeClasspath() {
        try {
            String text = Files.readString(Path.of(System.getProperty("nura.runtime.classpath", "target/runtime.classpath")));
            return Arrays.stream(text.trim().split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests through Maven (failsafe) so the class path file exists", e);
        }
    }

    private static java.io.File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String dbUrl() {
        return System.getProperty("nura.test.db.url", "jdbc:postgresql://localhost:5432/nura_test");
    }

    public static String dbUser() {
        return System.getProperty("nura.test.db.user", "postgres");
    }

    public static String dbPassword() {
        return System.getProperty("nura.test.db.password", "");
    }

    public static String redisUrl() {
        return System.getProperty("nura.test.redis.url", "redis://localhost:6379");
    }

    /** Opens a connection to the test database, for checks made from the client side. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl(), dbUser(), dbPassword());
    }

    private static void ensureDatabase() {
        URI uri = URI.create(dbUrl().substring("jdbc:".length()));
        String name = uri.getPath().substring(1);
        String maintenance = "jdbc:postgresql://" + uri.getHost() + ":" + port(uri) + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, dbUser(), dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the in-container tests: " + maintenance, e);
        }
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 5432;
    }

    private static String webXml() {
        URI uri = URI.create(dbUrl().substring("jdbc:".length()));
        // GlassFish pools refuse to connect without a password property; with trust auth any value is ignored
        String password = "<password>" + (dbPassword().isEmpty() ? "trust" : dbPassword()) + "</password>";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <data-source>
                    <name>java:app/jdbc/nura</name>
                    <class-name>org.postgresql.ds.PGSimpleDataSource</class-name>
                    <server-name>%s</server-name>
                    <port-number>%d</port-number>
                    <database-name>%s</database-name>
                    <user>%s</user>
                    %s
                    <transactional>true</transactional>
                    <initial-pool-size>2</initial-pool-size>
                    <max-pool-size>16</max-pool-size>
                  </data-source>
                </web-app>
                """.formatted(uri.getHost(), port(uri), uri.getPath().substring(1), dbUser(), password);
    }

    private static String persistenceXml() {
        try {
            return Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"))
                    .replace("<jta-data-source>jdbc/nura</jta-data-source>",
                            "<jta-data-source>java:app/jdbc/nura</jta-data-source>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String config() {
        try {
            return Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
                    + "\n# in-container test overrides\nNURA_DATASOURCE=java:app/jdbc/nura\nREDIS_URL=" + redisUrl() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String beansXml() {
        return "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>";
    }
}
