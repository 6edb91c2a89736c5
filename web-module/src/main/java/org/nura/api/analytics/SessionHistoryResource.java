package org.nura.api.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.analytics.boundary.SessionSearches;
import org.nura.analytics.control.SessionHistory;

/** One session with its whole history, for supervisors; the session's other calls are the handoff's. */
@Path("session/{session_id}")
@RolesAllowed("supervisor")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class SessionHistoryResource {

    @Inject
    SessionSearches searches;

    @GET
    @Operation(summary = "One session with its whole history (supervisor)",
            description = "Every message (customer, assistant, agent) with source, confidence, intent, article,"
                    + " citations, latency, its feedback and, for agent turns, who wrote it; the live chat; every"
                    + " handoff with reason, agent, accept and resolve times and outcome. 404 for an unknown id.")
    public SessionHistory session(@PathParam("session_id") String sessionId) {
        return searches.session(sessionId);
    }
}
