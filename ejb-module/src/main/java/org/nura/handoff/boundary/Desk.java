package org.nura.handoff.boundary;

import java.util.List;
import org.nura.handoff.control.DeskEntry;

/** An agent's desk: the sessions waiting for any agent, oldest first, and the ones this agent holds. */
public record Desk(List<DeskEntry> pending, List<DeskEntry> mine) {

    public Desk {
        pending = List.copyOf(pending);
        mine = List.copyOf(mine);
    }
}
