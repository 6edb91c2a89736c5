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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.SignedIn;
import org.nura.api.platform.CustomerGuard;
import org.nura.handoff.boundary.Acceptance;
import org.nura.handoff.boundary.AgentMessage;
import org.nura.handoff.boundary.DirectHandoff;
import org.nura.handoff.boundary.DirectResult;
import org.nura.handoff.boundary.Handoffs;
import org.nura.handoff.boundary.TypingEvents;
import org.nura.handoff.control.HandoffQueries;
import org.nura.handoff.control.QueueEntry;
import org.nura.handoff.control.QueuePage;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;

/** Handoff over HTTP: the customer's direct button, and the agents' queue, stream, accept and reply. */
@Path("handoff")
@Produces(MediaType.APPLICATION_JSON)
public class HandoffsResource {

    /** The body of {@code POST /v1/handoff/direct}. */
    public record DirectRequest(
            @Schema(description = "The session to hand over; absent: a new session is created") String sessionId,
            @Schema(description = "The session_token returned with session_id; required with it") String sessionToken,
            @Schema(required = true) String customerId,
            @Schema(description = "Hex HMAC-SHA256 of customer_id keyed with the site's WIDGET_IDENTITY_SECRET")
            String customerHash,
            @Schema(enumeration = {"web", "telegram"}, description = "web when absent") String channel,
            @Schema(description = "Up to 64 characters; the direct button's reason when absent. \"bad_feedback\": "
                    + "the customer said yes to \"would you like a person?\" after a 👎 (switched by that trigger "
                    + "of HANDOFF_TRIGGERS, not by direct_button)") String reason) {
    }

    /** The body of {@code POST /v1/handoff/{session_id}/transfer}: the agent's user id or user name; neither: yourself. */
    public record TransferRequest(@Schema(description = "The user id of the agent to give the session to") String agentId,
            @Schema(description = "Or the agent's user name") String username) {
    }

    /** The body of {@code POST /v1/handoff/{session_id}/reply}. */
    public record ReplyRequest(@Schema(required = true, description = "1 to 2000 characters") String text) {
    }

    @Inject
    Handoffs handoffs;

    @Inject
    LiveStreams streams;

    @Inject
    SignedIn signedIn;

    @Inject
    CustomerGuard guard;

    @Inject
    TypingEvents typing;

    @POST
    @Path("direct")
    @Tag(name = "customer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the customer to a human (the widget's button)",
            description = "Creates a session when session_id is absent; with one, its session_token is required. "
                    + "The widget's button sends reason direct_button (or none), its yes after a 👎 bad_feedback; "
                    + "409 handoff_disabled when that trigger is switched off.")
    public DirectResult direct(DirectRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with customer_id and channel");
        }
        guard.message(request.sessionId());
        boolean verified = guard.verified(request.customerId(), request.customerHash(), request.sessionId() == null);
        return handoffs.direct(new DirectHandoff(request.sessionId(), request.sessionToken(), request.customerId(),
                request.channel(), request.reason(), verified));
    }

    @GET
    @Path("queue")
    @Tag(name = "agent")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pending and active handoffs with reason, times, agent and last message",
            description = "Oldest first, a page of limit entries (1-200, default 200) from offset (default 0); "
                    + "X-Total-Count says how long the whole queue is and Link rel=\"next\" names the next page.")
    @APIResponse(responseCode = "200", description = "One page of the queue",
            headers = {@Header(name = "X-Total-Count", description = "Entries in the whole queue"),
                @Header(name = "Link", description = "<…?offset=n&limit=m>; rel=\"next\" while more follow")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = QueueEntry.class)))
    public Response queue(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        QueuePage page = handoffs.queue(offset == null ? 0 : offset,
                limit == null ? HandoffQueries.MAX_PAGE : limit);
        Response.ResponseBuilder answer = Response.ok(page.entries()).header("X-Total-Count", page.total());
        if (page.nextOffset() >= 0) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("offset", page.nextOffset())
                    .replaceQueryParam("limit", page.limit()).build(), "next");
        }
        return answer.build();
    }

    @GET
    @Path("stream")
    @Tag(name = "agent")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events for agents: new handoffs, customer messages, status changes",
            description = "Reconnect with Last-Event-ID to be replayed what was missed.")
    public void stream(@HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        streams.openAgent(LastEventId.parse(lastEventId), sink, sse);
    }

    @POST
    @Path("{session_id}/accept")
    @Tag(name = "agent")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take a pending session as the signed-in user",
            description = "409 when it is not (or no longer) pending. The agent is the token's user: the original's "
                    + "?agent_id= is accepted only when it names that user (id or user name), else 400 — "
                    + "a supervisor gives a session to someone else with /transfer.")
    public Acceptance accept(@PathParam("session_id") String sessionId, @QueryParam("agent_id") String agentId) {
        Caller caller = signedIn.caller();
        if (agentId != null && !agentId.equals(caller.userId()) && !agentId.equalsIgnoreCase(caller.username())) {
            throw NuraException.invalid("agent_id_not_yours", "agent_id must be omitted or name the signed-in user; "
                    + "a supervisor transfers a session with POST /v1/handoff/{session_id}/transfer");
        }
        return handoffs.accept(sessionId, caller);
    }

    @POST
    @Path("{session_id}/transfer")
    @Tag(name = "agent")
    @RolesAllowed("supervisor")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a waiting or held session to another agent, or take it over (supervisor)",
            description = "Body {agent_id} or {username}; an empty body or {} takes the session over. Recorded in "
                    + "the audit log; 409 unless the session is pending_handoff or human_active.")
    public Acceptance transfer(@PathParam("session_id") String sessionId, TransferRequest request) {
        String target = request == null ? null : request.agentId() != null ? request.agentId() : request.username();
        return handoffs.transfer(sessionId, target, signedIn.caller());
    }

    @POST
    @Path("{session_id}/reply")
    @Tag(name = "agent")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an agent message to the customer",
            description = "1 to 2000 characters; 409 unless the signed-in user holds the session.")
    public AgentMessage reply(@PathParam("session_id") String sessionId, ReplyRequest request) {
        return handoffs.reply(sessionId, request == null ? null : request.text(), signedIn.caller());
    }

    @POST
    @Path("{session_id}/typing")
    @Tag(name = "agent")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The agent is typing (the customer sees \"<name> is typing…\" for about 4 s)",
            description = "204; a `typing` event with agent_name goes to the customer's stream. 409 unless the"
                    + " signed-in user holds the session, 404 for an unknown one. Repeats within a second are dropped.")
    public void typing(@PathParam("session_id") String sessionId) {
        typing.agent(sessionId, signedIn.caller());
    }
}
