package org.nura.handoff.control;

import java.util.List;

/** One page of the agents' queue, oldest first, and how long the whole queue is. */
public record QueuePage(List<QueueEntry> entries, long total, int offset, int limit) {

    /** Where the next page starts, or -1 when this one reaches the end. */
    public long nextOffset() {
        return offset + entries.size() < total && !entries.isEmpty() ? offset + entries.size() : -1;
    }
}
