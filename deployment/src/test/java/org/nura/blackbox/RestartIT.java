package org.nura.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Restarting keeps the data, and migrations already applied are not applied again. */
@ExtendWith(NuraServer.class)
class RestartIT {

    @Test
    void restartKeepsDataAndMigrationsAreIdempotent() throws Exception {
        String history = "SELECT count(*) FROM flyway_schema_history";
        long migrations = NuraServer.queryLong(history);
        Api.Reply job = Api.post("/v1/jobs/diagnostics", "{}", Api.bearer());
        assertEquals(202, job.status());
        String id = job.json().getJsonObject("job").getString("job_id");

        NuraServer.restart();

        assertEquals(200, Api.get("/v1/health").status());
        assertEquals(migrations, NuraServer.queryLong(history), "no migration ran twice");
        assertEquals(1, NuraServer.queryLong("SELECT count(*) FROM jobs WHERE job_id = ?", id), "data kept");
    }
}
