package org.nura.api.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.conversation.boundary.Conversations;
import org.nura.conversation.boundary.Inbound;
import org.nura.conversation.boundary.Reply;
import org.nura.api.platform.CustomerGuard;
import org.nura.platform.control.NuraException;

/**
 * The customer's free-text channel: one message in, one answer (or a handoff) out. One instance for the application:
 * created per request, as JAX-RS does by default, it had its fields injected on every message, the EJB reference
 * looked up anew each time (~5% of a message's CPU, issue #17); both fields are proxies that find the current
 * request's objects by themselves.
 */
@ApplicationScoped
@Path("message")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class MessagesResource {

    /** The body of {@code POST /v1/message}; without session_id a new session is created. */
    public record MessageRequest(
            @Schema(description = "The session to continue; absent: a new session is created") String sessionId,
            @Schema(description = "The session_token returned with session_id; required with it") String sessionToken,
            @Schema(description = "The customer's id in the host site or channel") String customerId,
            @Schema(description = "Hex HMAC-SHA256 of customer_id keyed with the site's WIDGET_IDENTITY_SECRET")
            String customerHash,
            @Schema(enumeration = {"web", "telegram"}, description = "web when absent") String channel,
            @Schema(required = true, description = "1 to 2000 characters") String message,
            @Schema(enumeration = {"ar", "ku", "en", "ckb"}, description = "Forces the answer's language; detected "
                    + "from the message when absent") String lang,
            @Schema(enumeration = {"ar", "ku", "en", "ckb"}, description = "The customer's interface language (the "
                    + "widget sends it instead of lang): the answer follows the message's own language, and this one "
                    + "when the message is too short to tell (\"ok\", \"5G\"); the answer's lang says which")
            String langHint) {
    }

    @Inject
    Conversations conversations;

    @Inject
    CustomerGuard guard;

    @POST
    @Operation(summary = "Send a customer message and get the assistant's answer",
            description = "Creates a session when session_id is absent (keep the returned session_token: every later "
                    + "call for the session needs it). The answer comes from rules, the on-box model, the handbook, "
                    + "the LLM when configured, or a fallback (see source); a human-held session passes the message "
                    + "to the agent. 401 when customer_hash does not prove customer_id (widget identity verification), 429 beyond "
                    + "the customer rate limits (with Retry-After).")
    public Reply send(MessageRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with at least \"message\"");
        }
        guard.message(request.sessionId());
        boolean verified = guard.verified(request.customerId(), request.customerHash(), request.sessionId() == null);
        return conversations.handle(new Inbound(request.sessionId(), request.sessionToken(), request.customerId(),
                request.channel(), request.message(), request.lang(), verified, request.langHint()));
    }
}
