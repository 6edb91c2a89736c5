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
import org.nura.security.boundary.SecurityEventView;
import org.nura.security.boundary.SecurityLogs;

/** The security log, newest first (admin). */
@Path("security/events")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class SecurityEventsResource {

    @Inject
    SecurityLogs securityLogs;

    @GET
    @Operation(summary = "Failed sign-ins, rate-limit hits, role denials, token refusals, with IP, user agent and "
            + "request id", description = "?kind= login_failed | login_rate_limited | role_denied | token_refused; "
            + "?limit= up to 500 (100).")
    public List<SecurityEventView> events(@QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return securityLogs.recent(kind, limit);
    }
}
