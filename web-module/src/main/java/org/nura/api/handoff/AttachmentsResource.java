package org.nura.api.handoff;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.handoff.boundary.Attachments;
import org.nura.handoff.boundary.Download;
import org.nura.handoff.control.AttachmentNames;
import org.nura.platform.control.NuraException;

/**
 * A live-chat file behind its signed link. No credentials: the link is the permission, for one file and a few
 * minutes. The answer can never run as a page: its checked type, nosniff, and a policy that forbids everything.
 */
@Path("attachments/{id}")
@Tag(name = "customer")
public class AttachmentsResource {

    /** Nothing in a served file may load, run, submit or be framed; sandbox also gives it an opaque origin. */
    static final String POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox;"
            + " frame-ancestors 'none'";

    @Inject
    Attachments attachments;

    @GET
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"})
    @Operation(summary = "Download a file of a live chat through its signed link (?exp=&sig=)",
            description = "Links come with every attachment (upload answer, live event, list) and work for"
                    + " ATTACHMENTS_URL_SECONDS (300). A forged or altered link: 403; an expired one: 410; an erased"
                    + " file: 404. Images are inline, PDFs a download; the name follows RFC 5987.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") String id, @QueryParam("exp") String exp,
            @QueryParam("sig") String sig) {
        long expires;
        try {
            expires = Long.parseLong(exp == null ? "" : exp);
        } catch (NumberFormatException e) {
            throw new NuraException(NuraException.Kind.FORBIDDEN, "invalid_link",
                    "This attachment link is not valid; open the conversation again for a fresh one");
        }
        Download file = attachments.download(id, expires, sig);
        return Response.ok(file.bytes(), file.type())
                .header("Content-Disposition", AttachmentNames.contentDisposition(file.name(), file.inline()))
                .header("Content-Length", file.bytes().length)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .header("Cache-Control", "private, max-age=" + file.secondsLeft())
                .build();
    }
}
