package org.nura.api.handoff;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.handoff.boundary.ChatRatings;
import org.nura.handoff.boundary.RatingReceipt;
import org.nura.handoff.boundary.TypingEvents;
import org.nura.platform.control.NuraException;

/** The customer's side of a live chat beyond messages: "is typing…" and the end-of-chat rating (issue 20). */
@Path("session/{session_id}")
@Tag(name = "customer")
public class SessionExtrasResource {

    /** The body of {@code POST /v1/session/{session_id}/typing}. */
    public record TypingRequest(@Schema(required = true) String sessionToken) {
    }

    /** The body of {@code POST /v1/session/{session_id}/rating}. */
    public record RatingRequest(@Schema(required = true) String sessionToken,
            @Schema(required = true, minimum = "1", maximum = "5") Integer rating,
            @Schema(description = "Optional, up to 1000 characters") String comment) {
    }

    @Inject
    TypingEvents typing;

    @Inject
    ChatRatings ratings;

    @POST
    @Path("typing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The customer is typing (shown to the agent for about 4 s)",
            description = "204; a `typing` event goes to the agents' stream and the console's chat. Only while an"
                    + " agent holds the session (else 409 not_with_agent); 401 for an unknown session or wrong"
                    + " token. Repeats within a second are dropped; nothing is stored or replayed.")
    public void typing(@PathParam("session_id") String sessionId, TypingRequest request) {
        typing.customer(sessionId, request == null ? null : request.sessionToken());
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the chat 1-5 after the agent resolved it, with an optional comment",
            description = "Once per handoff: 409 already_rated for a second rating, 409 not_resolved before an"
                    + " agent resolved the chat; 400 invalid_rating / invalid_comment; 401 for a wrong token.")
    public RatingReceipt rating(@PathParam("session_id") String sessionId, RatingRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with session_token and rating");
        }
        return ratings.rate(sessionId, request.sessionToken(), request.rating(), request.comment());
    }
}
