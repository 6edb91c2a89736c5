package org.nura.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nura.conversation.boundary.Conversations;
import org.nura.conversation.boundary.Inbound;
import org.nura.conversation.boundary.Reply;
import org.nura.platform.control.NuraException;
import org.nura.testing.Deployments;
import org.nura.testing.FailingTurn;
import redis.clients.jedis.RedisClient;

/** The Conversations boundary in a real container: one transaction per turn, Redis written only after commit. */
@ExtendWith(ArquillianExtension.class)
class ConversationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war(ConversationsIT.class, FailingTurn.class, FailingTurn.Failed.class);
    }

    @Inject
    Conversations conversations;

    @Inject
    FailingTurn failing;

    @Inject
    DataSource dataSource;

    @Inject
    RedisClient redis;

    @Test
    void aTurnStoresTheSessionBothMessagesAndTheCache() throws Exception {
        Reply reply = conversations.handle(new Inbound(null, null, "it-customer", "web", "hello", null));
        assertEquals("rules", reply.source());
        assertEquals(1, count("sessions", reply.sessionId()));
        assertEquals(2, count("conversation_logs", reply.sessionId()));
        assertNotNull(redis.get("nura:session:" + reply.sessionId()), "cached after the commit");
    }

    @Test
    void aRolledBackTurnLeavesNothingInPostgresOrRedis() throws Exception {
        FailingTurn.Failed failed = assertThrows(FailingTurn.Failed.class,
                () -> failing.handleThenFail(new Inbound(null, null, "it-rollback", "web", "I want a human", null)));
        String sessionId = failed.reply().sessionId();
        assertTrue(failed.reply().escalated(), "the turn itself went through before the failure");
        assertEquals(0, count("sessions", sessionId));
        assertEquals(0, count("conversation_logs", sessionId));
        assertNull(redis.get("nura:session:" + sessionId), "no cache entry for a session that never committed");
    }

    @Test
    void aWrongTokenIsRefusedAndTheSessionIsUnchanged() throws Exception {
        Reply first = conversations.handle(new Inbound(null, null, "it-token", "web", "hello", null));
        NuraException refused = assertThrows(NuraException.class, () -> conversations.handle(
                new Inbound(first.sessionId(), "not-the-token", "it-token", "web", "hello again", null)));
        assertEquals(NuraException.Kind.UNAUTHORIZED, refused.kind());
        assertEquals(2, count("conversation_logs", first.sessionId()));
        Reply second = conversations.handle(
                new Inbound(first.sessionId(), first.sessionToken(), "it-token", "web", "thanks", null));
        assertEquals(first.sessionId(), second.sessionId());
        assertEquals(4, count("conversation_logs", first.sessionId()));
    }

    private long count(String table, String sessionId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE session_id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
