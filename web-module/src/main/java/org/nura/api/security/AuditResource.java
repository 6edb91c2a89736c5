package org.nura.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.boundary.AuditView;

/** The audit log, newest first (admin). */
@Path("audit")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AuditResource {

    @Inject
    AuditLogs auditLogs;

    @GET
    @Operation(summary = "Who changed users, roles, settings, the AI switch, knowledge, canned replies, jobs",
            description = "?action= e.g. user.update; ?limit= up to 500 (100).")
    public List<AuditView> audit(@QueryParam("action") String action,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return auditLogs.recent(action, limit);
    }
}
