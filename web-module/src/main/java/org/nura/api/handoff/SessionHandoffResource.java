package org.nura.api.handoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.SignedIn;
import org.nura.handoff.boundary.Closure;
import org.nura.handoff.boundary.Handoffs;
import org.nura.handoff.entity.SessionOutcome;
import org.nura.platform.control.NuraException;

/** The per-session handoff calls: the customer's live stream and the agent's resolve. */
@Path("session/{session_id}")
public class SessionHandoffResource {

    /** The body of {@code POST /v1/session/{session_id}/resolve}. */
    public record ResolveRequest(
            @Schema(description = "A lower-case word; resolved when absent") String status,
            String issueCategory, String rootCause, String resolutionNotes,
            @Schema(description = "Ignored: the signed-in user resolves") String resolvedBy) {
    }

    @Inject
    Handoffs handoffs;

    @Inject
    LiveStreams streams;

    @Inject
    SignedIn signedIn;

    @GET
    @Path("stream")
    @Tag(name = "customer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events for the customer: agent replies and handoff status changes",
            description = "Needs the session's token as ?token=; reconnect with Last-Event-ID (or ?last_event_id= after"
                    + " a page reload, where a browser cannot set the header) to get what was missed.")
    public void stream(@PathParam("session_id") String sessionId, @QueryParam("token") String token,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @QueryParam("last_event_id") String lastEventIdParam,
            @Context SseEventSink sink, @Context Sse sse) {
        long after = LastEventId.parse(lastEventId != null && !lastEventId.isBlank() ? lastEventId : lastEventIdParam);
        handoffs.authorizeCustomer(sessionId, token);
        streams.openCustomer(sessionId, after, sink, sse);
    }

    @POST
    @Path("resolve")
    @Tag(name = "agent")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a session and record its outcome",
            description = "Stores status, issue_category, root_cause, resolution_notes, resolved_by, resolved_at and "
                    + "the time to resolution; resolved_by is the signed-in user. 409 when the session is already "
                    + "resolved, or when another agent holds it.")
    public Closure resolve(@PathParam("session_id") String sessionId, ResolveRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with the outcome");
        }
        return handoffs.resolve(sessionId, new SessionOutcome.Resolution(request.status(), request.issueCategory(),
                request.rootCause(), request.resolutionNotes(), null), signedIn.caller());
    }
}
