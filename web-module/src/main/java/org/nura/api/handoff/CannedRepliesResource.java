package org.nura.api.handoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.SignedIn;
import org.nura.handoff.boundary.CannedReplies;
import org.nura.handoff.boundary.CannedReplyView;
import org.nura.platform.control.NuraException;

/** The agents' canned replies: agents list them; supervisors create, change and delete them. */
@Path("handoff/canned-replies")
@RolesAllowed("agent")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class CannedRepliesResource {

    /** The body of create and update. */
    public record CannedReplyRequest(@Schema(required = true) String title, @Schema(required = true) String body,
            @Schema(required = true, enumeration = {"ar", "ku", "en"}) String lang) {
    }

    @Inject
    CannedReplies replies;

    @Inject
    SignedIn signedIn;

    @GET
    @Operation(summary = "All canned replies")
    public List<CannedReplyView> all() {
        return replies.all();
    }

    @POST
    @RolesAllowed("supervisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a canned reply (title, body, lang ar|ku|en)")
    @APIResponseSchema(value = CannedReplyView.class, responseCode = "201", responseDescription = "Created")
    public Response create(CannedReplyRequest request) {
        CannedReplyRequest in = required(request);
        return Response.status(Response.Status.CREATED).entity(replies.create(in.title(), in.body(), in.lang(), signedIn.caller()))
                .build();
    }

    @PUT
    @RolesAllowed("supervisor")
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a canned reply")
    public CannedReplyView update(@PathParam("id") long id, CannedReplyRequest request) {
        CannedReplyRequest in = required(request);
        return replies.update(id, in.title(), in.body(), in.lang(), signedIn.caller());
    }

    @DELETE
    @RolesAllowed("supervisor")
    @Path("{id}")
    @Operation(summary = "Delete a canned reply")
    public Response delete(@PathParam("id") long id) {
        replies.delete(id, signedIn.caller());
        return Response.noContent().build();
    }

    private static CannedReplyRequest required(CannedReplyRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with title, body and lang");
        }
        return request;
    }
}
