package org.nura.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nura.ai.entity.LlmCall;
import org.nura.platform.control.NuraException;
import org.nura.testing.Deployments;
import org.nura.testing.UsageThenFailure;

/** LLM usage rows survive the rollback of the customer turn that spent the tokens (REQUIRES_NEW). */
@ExtendWith(ArquillianExtension.class)
class LlmUsageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war(LlmUsageIT.class, UsageThenFailure.class);
    }

    @Inject
    UsageThenFailure turn;

    @Inject
    DataSource dataSource;

    @Test
    void usageRowOutlivesTheRolledBackTurn() throws Exception {
        String model = "it-" + UUID.randomUUID();
        assertThrows(NuraException.class, () -> turn.turn(new LlmCall("answer", model, 412, 38, 450, 0.0000846, 812,
                false, "HTTP 500", null)));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT total_tokens, estimated_cost_usd, latency_ms, success, error FROM llm_usage_logs WHERE model = ?")) {
            s.setString(1, model);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(450, rs.getInt(1));
                assertEquals(new BigDecimal("0.000085"), rs.getBigDecimal(2));
                assertEquals(812, rs.getInt(3));
                assertEquals(false, rs.getBoolean(4));
                assertEquals("HTTP 500", rs.getString(5));
            }
        }
    }
}
