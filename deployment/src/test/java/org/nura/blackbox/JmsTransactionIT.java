package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JMS message sent inside a container-managed transaction is consumed after commit and never leaves when the
 * transaction rolls back — on Payara Server's OpenMQ, through the application's own queue and MDB.
 */
@ExtendWith(NuraServer.class)
class JmsTransactionIT {

    private static final Pattern RECEIVED =
            Pattern.compile("nura_jobs_received_total\\{mp_scope=\"application\",type=\"([a-z]+)\"} (\\d+)");

    @Test
    void committedJobIsConsumedOnceAndRolledBackJobNeverLeaves() throws Exception {
        long before = received();
        Api.Reply rolledBack = Api.post("/v1/jobs/diagnostics", "{\"rollback\": true}", Api.bearer());
        assertEquals(200, rolledBack.status(), rolledBack.body());
        assertFalse(rolledBack.json().getBoolean("committed"));
        String ghost = rolledBack.json().getJsonObject("job").getString("job_id");

        Api.Reply committed = Api.post("/v1/jobs/diagnostics", "{}", Api.bearer());
        assertEquals(202, committed.status(), committed.body());
        String id = committed.json().getJsonObject("job").getString("job_id");

        assertTrue(Eventually.within(Duration.ofSeconds(30),
                () -> "done".equals(Api.get("/v1/jobs/" + id, Api.bearer()).json().getString("status"))),
                "the committed job is consumed");
        Thread.sleep(2000); // a leaked message would have been delivered by now (same queue, sent earlier)
        assertEquals(1, NuraServer.queryLong("SELECT attempts FROM jobs WHERE job_id = ?", id), "consumed exactly once");
        assertEquals(0, NuraServer.queryLong("SELECT count(*) FROM jobs WHERE job_id = ?", ghost));
        assertEquals(404, Api.get("/v1/jobs/" + ghost, Api.bearer()).status());
        assertEquals(before + 1, received(), "the broker delivered only the committed message");
    }

    private static long received() {
        Matcher m = RECEIVED.matcher(Api.get("/v1/metrics", Api.bearer()).body());
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(2));
        }
        return total;
    }
}
