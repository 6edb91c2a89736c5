package org.nura.api.handoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.SignedIn;
import org.nura.api.platform.Takes;
import org.nura.api.platform.Uploads;
import org.nura.handoff.boundary.AttachmentView;
import org.nura.handoff.boundary.Attachments;

/** The agent's files in a live chat: send one to the customer, and list the session's with fresh links. */
@Path("handoff/{session_id}/attachments")
@Tag(name = "agent")
@RolesAllowed("agent")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class HandoffAttachmentsResource {

    @Inject
    Attachments attachments;

    @Inject
    SignedIn signedIn;

    @POST
    @Takes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Send a file to the customer (multipart part 'file')",
            description = "Only by the agent holding the session (else 409), only during the live chat (409). PNG,"
                    + " JPEG, GIF, WebP or PDF judged by content (else 415), at most ATTACHMENTS_MAX_BYTES (413).")
    @APIResponseSchema(value = AttachmentView.class, responseCode = "201", responseDescription = "Stored and sent")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                        description = "An image (PNG, JPEG, GIF, WebP) or a PDF")})))
    public Response upload(@PathParam("session_id") String sessionId, @HeaderParam("Content-Length") Long length,
            List<EntityPart> parts) {
        int max = attachments.maxBytes();
        Uploads.Upload file = Uploads.file(length, parts, max, () -> Attachments.tooLarge(max));
        AttachmentView stored = attachments.fromAgent(sessionId, file.name(), file.bytes(), signedIn.caller());
        return Response.status(201).entity(stored).build();
    }

    @GET
    @Operation(summary = "The session's files with fresh signed links")
    public List<AttachmentView> list(@PathParam("session_id") String sessionId) {
        return attachments.forStaff(sessionId);
    }
}
