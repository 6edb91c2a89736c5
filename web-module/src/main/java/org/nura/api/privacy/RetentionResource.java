package org.nura.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.privacy.boundary.RetentionTimer;

/** The nightly retention sweep on demand, for operators who just lowered RETENTION_DAYS (admins). */
@Path("admin/retention")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class RetentionResource {

    @Inject
    RetentionTimer retention;

    @POST
    @Path("run")
    @Operation(summary = "Delete conversations untouched for RETENTION_DAYS now",
            description = "The nightly sweep, at once: sessions not changed since the cutoff and every row of them, "
                    + "in batches of RETENTION_BATCH_SIZE. skipped: RETENTION_DAYS is 0, or another node is sweeping.")
    public RetentionTimer.Sweep run() {
        return retention.sweep();
    }
}
