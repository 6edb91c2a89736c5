package org.nura.api.ai;

import jakarta.annotation.security.RolesAllowed;
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
import org.nura.api.platform.SignedIn;
import org.nura.security.boundary.AuditLogs;
import org.nura.ai.boundary.AiStatus;
import org.nura.platform.control.NuraException;

/** The global AI switch for admins: with it off, no customer message reaches the LLM, on any node. */
@Path("admin/ai")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AiResource {

    /** The body of {@code PUT /v1/admin/ai}. */
    public record SwitchRequest(@Schema(required = true) Boolean enabled) {
    }

    @Inject
    AiSettings settings;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditLogs audit;

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
        AiStatus status = settings.enable(request.enabled());
        audit.store(signedIn.audit("ai.switch", "setting:AI_ENABLED", "enabled=" + request.enabled()));
        return status;
    }
}
