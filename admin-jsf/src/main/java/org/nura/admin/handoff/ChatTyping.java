package org.nura.admin.handoff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.nura.admin.platform.ConsoleSession;
import org.nura.handoff.boundary.TypingEvents;
import org.nura.platform.control.NuraException;

/**
 * The agent types in the chat's reply box: the page's script (typing.js, at most one call per ~2 s) tells the
 * customer through the handoff's typing signal. A refusal (the chat is no longer this agent's) is silent: typing is
 * a hint, never worth an error on the page.
 */
@Named
@RequestScoped
public class ChatTyping {

    @Inject
    TypingEvents typing;

    @Inject
    ConsoleSession session;

    /** Called by the remote command with the session id as request parameter {@code session}. */
    public void typing() {
        String sessionId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("session");
        try {
            typing.agent(sessionId, session.caller());
        } catch (NuraException refused) {
            // not (or no longer) this agent's chat: nothing to tell the customer
        }
    }
}
