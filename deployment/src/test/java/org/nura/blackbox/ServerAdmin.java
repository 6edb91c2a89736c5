package org.nura.blackbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Changes to the running test server's settings, with the tool of the server the suite runs on. */
final class ServerAdmin {

    private ServerAdmin() {
    }

    /**
     * Sets ({@code value}) or removes ({@code null}) a system property of the running server, which MicroProfile
     * Config reads at run time: {@code asadmin} on Payara Server, {@code jboss-cli} on WildFly.
     */
    static void systemProperty(String name, String value) throws IOException, InterruptedException {
        if ("payara".equals(NuraServer.SERVER)) {
            if (value == null) {
                asadmin("delete-system-property", name);
            } else {
                asadmin("create-system-properties", name + "=" + value);
            }
            return;
        }
        String resource = "/system-property=" + name;
        run(jbossCli(resource + ":remove"), true); // there or not: a new value replaces the old one
        if (value != null) {
            run(jbossCli(resource + ":add(value=\"" + value + "\")"), false);
        }
    }

    /**
     * How long the server's MicroProfile Config keeps a value it read. Payara caches for 60 s unless told otherwise;
     * WildFly's configuration reads system properties as they are, so there is nothing to set.
     */
    static void configCache(int seconds) throws IOException, InterruptedException {
        if ("payara".equals(NuraServer.SERVER)) {
            asadmin("set-config-cache", "--duration=" + seconds);
        }
    }

    private static List<String> jbossCli(String operation) throws IOException {
        Path cli;
        try (var found = Files.list(NuraServer.HOME)) {
            cli = found.filter(p -> p.getFileName().toString().startsWith("wildfly-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no WildFly under " + NuraServer.HOME))
                    .resolve("bin/jboss-cli.sh");
        }
        return List.of(cli.toString(), "--connect", "--controller=localhost:" + (NuraServer.PORT_BASE + 48),
                "--command=" + operation);
    }

    private static void run(List<String> command, boolean mayFail) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 && !mayFail) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Runs an asadmin command against the test server (e.g. a setting changed at run time as a system property). */
    static void asadmin(String... args) throws IOException, InterruptedException {
        if (!"payara".equals(NuraServer.SERVER)) {
            throw new IllegalStateException("asadmin needs Payara Server; this suite runs on " + NuraServer.SERVER);
        }
        List<String> command = new ArrayList<>(List.of(NuraServer.HOME.resolve("payara6/bin/asadmin").toString(),
                "--port", String.valueOf(NuraServer.PORT_BASE + 48)));
        command.addAll(List.of(args));
        run(command, false);
    }
}
