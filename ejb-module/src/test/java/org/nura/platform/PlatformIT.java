package org.nura.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nura.platform.boundary.HealthChecks;
import org.nura.platform.boundary.HealthReport;
import org.nura.platform.control.NuraException;
import org.nura.testing.Deployments;
import org.nura.testing.RollbackProbe;

/** The platform inside a real container: migration at startup, truthful health, container-managed rollback. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war(PlatformIT.class, RollbackProbe.class);
    }

    @Inject
    DataSource dataSource;

    @Inject
    HealthChecks health;

    @Inject
    RollbackProbe probe;

    @Test
    void startupMigratedTheSchema() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "at least the first migration is recorded");
        }
        for (String table : new String[] {"conversation_logs", "sessions", "tree_clicks", "widget_events",
                "message_feedback", "message_insights", "session_outcomes", "llm_usage_logs", "chat_turns",
                "security_logs", "ingestion_logs", "jobs"}) {
            try (Connection c = dataSource.getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('public." + table + "')")) {
                rs.next();
                assertEquals(table, rs.getString(1), "table " + table + " exists");
            }
        }
    }

    @Test
    void healthSeesDatabaseAndRedis() {
        HealthReport report = health.check();
        assertEquals("ok", report.checks().get("database").status());
        assertEquals("ok", report.checks().get("redis").status());
        // Payara Micro has no broker: the report must say so rather than claim JMS works
        assertEquals("down", report.checks().get("jms").status());
        assertEquals("degraded", report.status());
    }

    @Test
    void businessExceptionRollsTheTransactionBack() {
        String marker = "rollback-" + UUID.randomUUID();
        assertThrows(NuraException.class, () -> probe.write(marker, true));
        assertEquals(0, probe.count(marker), "nothing of the failed call is stored");
        probe.write(marker, false);
        assertEquals(1, probe.count(marker), "a successful call commits");
    }
}
