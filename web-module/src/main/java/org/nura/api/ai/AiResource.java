package org.nura.api.ai;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.ai.boundary.AiSettings;
import org.nura.ai.boundary.AiStatus;
import org.nura.api.platform.AgentAccess;
import org.nura.platform.control.NuraException;

/** The global AI switch for admins: with it off, no customer message reaches the LLM, on any node. */
@Path("admin/ai")
@AgentAccess
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AiResource {

    /** The body of {@code PUT /v1/admin/ai}. */
    public record SwitchRequest(@Schema(required = true) Boolean enabled) {
    }

    @Inject
    AiSettings settings;

    @GET
    @Operation(summary = "Whether the LLM tier is switched on, configured, and its circuit breaker's state")
    public AiStatus status() {
        return settings.status();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch the LLM tier on or off at runtime (all nodes follow within SETTINGS_CACHE_SECONDS)")
    public AiStatus change(SwitchRequest request) {
        if (request == null || request.enabled() == null) {
            throw NuraException.invalid("missing_enabled", "Send {\"enabled\": true} or {\"enabled\": false}");
        }
        return settings.enable(request.enabled());
    }
}
