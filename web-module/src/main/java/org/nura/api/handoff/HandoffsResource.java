package org.nura.api.handoff;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.AgentAccess;
import org.nura.api.platform.CustomerGuard;
import org.nura.handoff.boundary.Acceptance;
import org.nura.handoff.boundary.AgentMessage;
import org.nura.handoff.boundary.DirectHandoff;
import org.nura.handoff.boundary.DirectResult;
import org.nura.handoff.boundary.Handoffs;
import org.nura.handoff.control.QueueEntry;
import org.nura.platform.control.NuraException;

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
            @Schema(description = "Up to 64 characters; the direct button's reason when absent") String reason) {
    }

    /** The body of {@code POST /v1/handoff/{session_id}/reply}. */
    public record ReplyRequest(@Schema(required = true, description = "1 to 2000 characters") String text) {
    }

    @Inject
    Handoffs handoffs;

    @Inject
    LiveStreams streams;

    @Inject
    CustomerGuard guard;

    @POST
    @Path("direct")
    @Tag(name = "customer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the customer to a human (the widget's button)",
            description = "Creates a session when session_id is absent; with one, its session_token is required.")
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
    @AgentAccess
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pending and active handoffs with reason, times, agent and last message")
    public List<QueueEntry> queue() {
        return handoffs.queue();
    }

    @GET
    @Path("stream")
    @Tag(name = "agent")
    @AgentAccess
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
    @AgentAccess
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take a pending session", description = "409 when it is not (or no longer) pending.")
    public Acceptance accept(@PathParam("session_id") String sessionId, @QueryParam("agent_id") String agentId) {
        return handoffs.accept(sessionId, agentId);
    }

    @POST
    @Path("{session_id}/reply")
    @Tag(name = "agent")
    @AgentAccess
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an agent message to the customer",
            description = "1 to 2000 characters; 409 unless a human holds the session.")
    public AgentMessage reply(@PathParam("session_id") String sessionId, ReplyRequest request) {
        return handoffs.reply(sessionId, request == null ? null : request.text());
    }
}
