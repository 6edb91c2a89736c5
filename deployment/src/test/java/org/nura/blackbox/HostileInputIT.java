package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input fuzzer a user runs ({@code deployment/faults/fuzz}), in its quick form against the suite's
 * server: 2,000 requests generated from /openapi, no 500 among the answers and every error the JSON error.
 */
@ExtendWith(NuraServer.class)
class HostileInputIT {

    private static final int REQUESTS = 2000;
    private static final Pattern SENT = Pattern.compile("fuzz: (\\d+) requests sent");
    private static final Pattern FAILURES = Pattern.compile(
            "5xx \\(other than 503\\): (\\d+); error answers that are not the JSON error: (\\d+); other failures: (\\d+)");

    @Test
    void twoThousandHostileRequestsGetNo500AndOnlyJsonErrors() throws Exception {
        Path project = Path.of(System.getProperty("nura.project.dir", "..")).toAbsolutePath().normalize();
        Path log = NuraServer.HOME.resolve("fuzz.log");
        Files.createDirectories(NuraServer.HOME);
        Process fuzz = new ProcessBuilder(List.of("python3", project.resolve("deployment/faults/fuzz").toString(),
                "--base", NuraServer.baseUrl().replace("localhost", "127.0.0.1"), "--token", NuraServer.API_KEY,
                "--count", String.valueOf(REQUESTS), "--seconds", "900"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(fuzz.waitFor(20, TimeUnit.MINUTES), "the fuzzer is bounded in time");
        String output = Files.readString(log);
        System.out.println(output);
        Matcher sent = SENT.matcher(output);
        assertTrue(sent.find(), output);
        assertEquals(REQUESTS, Integer.parseInt(sent.group(1)), "every planned request was sent");
        Matcher failures = FAILURES.matcher(output);
        assertTrue(failures.find(), output);
        assertEquals("0 0 0", failures.group(1) + " " + failures.group(2) + " " + failures.group(3),
                "5xx, non-JSON errors, unanswered requests:\n" + output);
        assertEquals(0, fuzz.exitValue(), output);
        assertEquals(200, Api.get("/v1/health").status(), "the server is still healthy");
    }
}
