package org.nura.handoff.boundary;

import java.time.OffsetDateTime;
import org.nura.handoff.entity.CannedReply;

/** A canned reply as agents see it. */
public record CannedReplyView(long id, String title, String body, String lang, OffsetDateTime updatedAt) {

    static CannedReplyView of(CannedReply reply) {
        return new CannedReplyView(reply.id(), reply.title(), reply.body(), reply.lang(), reply.updatedAt());
    }
}
