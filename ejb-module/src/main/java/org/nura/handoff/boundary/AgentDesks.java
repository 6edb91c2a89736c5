package org.nura.handoff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.nura.handoff.control.DeskQueries;
import org.nura.security.boundary.Caller;

/** The agents' console: what waits for an agent and what one agent holds, in one read. Read-only. */
@Stateless
public class AgentDesks {

    @Inject
    DeskQueries queries;

    /**
     * The waiting sessions (oldest request first, at most {@link DeskQueries#MAX_PENDING}) and the agent's own,
     * with the customer messages since the time in {@code seen} per session (the agent's last look at that chat).
     */
    public Desk desk(Caller agent, Map<String, OffsetDateTime> seen) {
        return new Desk(queries.pending(), queries.heldBy(agent.userId(), Map.copyOf(seen)));
    }
}
