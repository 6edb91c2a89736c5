package org.nura.api.handoff;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.CustomerGuard;
import org.nura.api.platform.Takes;
import org.nura.api.platform.Uploads;
import org.nura.handoff.boundary.AttachmentView;
import org.nura.handoff.boundary.Attachments;

/** The customer's files in a live chat: send one, and list the session's with fresh links (after a reload). */
@Path("session/{session_id}/attachments")
@Tag(name = "customer")
@Produces(MediaType.APPLICATION_JSON)
public class SessionAttachmentsResource {

    @Inject
    Attachments attachments;

    @Inject
    CustomerGuard guard;

    @POST
    @Takes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Send a file to the agent (multipart: 'file' and 'session_token')",
            description = "Only while an agent holds the session (else 409). PNG, JPEG, GIF, WebP or PDF, judged by the"
                    + " file's content, never its name or declared type: anything else (a program renamed .png, SVG,"
                    + " HTML) is 415. Larger than ATTACHMENTS_MAX_BYTES (5 MB): 413. Wrong token: 401. The file becomes"
                    + " a message of the conversation and an 'attachment' event on both live streams.")
    @APIResponseSchema(value = AttachmentView.class, responseCode = "201", responseDescription = "Stored and sent")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"file", "session_token"}, properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                        description = "An image (PNG, JPEG, GIF, WebP) or a PDF"),
                @SchemaProperty(name = "session_token", type = SchemaType.STRING,
                        description = "The session's token (or ?token=)")})))
    public Response upload(@PathParam("session_id") String sessionId, @QueryParam("token") String token,
            @HeaderParam("Content-Length") Long length, List<EntityPart> parts) {
        guard.upload();
        String sessionToken = Uploads.text(parts, "session_token", 512);
        int max = attachments.maxBytes();
        Uploads.Upload file = Uploads.file(length, parts, max, () -> Attachments.tooLarge(max));
        AttachmentView stored = attachments.fromCustomer(sessionId, sessionToken != null ? sessionToken : token,
                file.name(), file.bytes());
        return Response.status(201).entity(stored).build();
    }

    @GET
    @Operation(summary = "The session's files with fresh signed links (?token=)",
            description = "Links expire after ATTACHMENTS_URL_SECONDS (300); ask again for fresh ones. Wrong token: 401.")
    public List<AttachmentView> list(@PathParam("session_id") String sessionId, @QueryParam("token") String token) {
        return attachments.forCustomer(sessionId, token);
    }
}
