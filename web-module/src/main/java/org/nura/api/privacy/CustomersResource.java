package org.nura.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.privacy.boundary.Customers;

/** A data subject's requests: everything stored about one customer, as JSON, and its erasure (admins). */
@Path("customers/{customer_id}")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class CustomersResource {

    @Inject
    Customers customers;

    @Context
    SecurityContext security;

    @GET
    @Path("export")
    @Operation(summary = "Everything stored about one customer",
            description = "Every row that names the customer or one of their sessions, grouped by table (sessions, "
                    + "messages, chat turns, feedback, clicks, widget events, insights, outcomes, live events, usage "
                    + "rows, background jobs). Recorded in the audit log.")
    public Customers.Export export(@PathParam("customer_id") String customerId) {
        return customers.export(customerId, actor(security));
    }

    @DELETE
    @Operation(summary = "Erase one customer",
            description = "Deletes the customer's sessions and every row naming them or the customer, and their Redis "
                    + "keys; LLM usage rows keep their counts and costs without the session. Recorded in the audit log.")
    public Customers.Erasure erase(@PathParam("customer_id") String customerId) {
        return customers.erase(customerId, actor(security));
    }

    /** The signed-in user, or the machine credential (the static API_KEY has no name). */
    static String actor(SecurityContext security) {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName()
                : "api_key";
    }
}
