package org.nura.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.nura.conversation.boundary.Conversations;
import org.nura.conversation.boundary.Inbound;
import org.nura.conversation.boundary.Reply;
import org.nura.platform.control.NuraException;

/** A boundary used only by tests: runs a whole message turn in its transaction, then fails so it rolls back. */
@Stateless
public class FailingTurn {

    /** Carries the reply of the rolled-back turn so the test knows which session to look for. */
    public static class Failed extends NuraException {
        private final transient Reply reply;

        Failed(Reply reply) {
            super(Kind.CONFLICT, "turn_failed", "failed after the turn on purpose");
            this.reply = reply;
        }

        public Reply reply() {
            return reply;
        }
    }

    @Inject
    Conversations conversations;

    public void handleThenFail(Inbound inbound) {
        throw new Failed(conversations.handle(inbound));
    }
}
