package org.nura.api.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.nura.api.platform.CustomerGuard;
import org.nura.api.platform.SignedIn;
import org.nura.api.platform.Takes;
import org.nura.api.platform.Uploads;
import org.nura.knowledge.boundary.DocumentView;
import org.nura.knowledge.boundary.KnowledgeDocuments;
import org.nura.knowledge.boundary.ReindexView;
import org.nura.security.boundary.AuditLogs;
import org.nura.platform.control.NuraException;
import org.nura.platform.control.TextInput;

/** Handbook documents for RAG: upload (Markdown or PDF), list, and re-index with retraining. */
@Path("knowledge")
@RolesAllowed("supervisor")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class KnowledgeDocumentsResource {

    @Inject
    KnowledgeDocuments documents;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditLogs audit;

    @Inject
    CustomerGuard guard;

    @POST
    @Path("documents")
    @Takes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a handbook document (multipart part 'file': Markdown or PDF; optional part 'lang')",
            description = "Stores the text, its chunks and an ingestion log row, replaces an earlier upload of the "
                    + "same file name, and retrains the on-box model. 413 above KNOWLEDGE_MAX_UPLOAD_BYTES (5 MB).")
    @APIResponseSchema(value = DocumentView.class, responseCode = "201", responseDescription = "Stored")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                        description = "Markdown (.md) or PDF"),
                @SchemaProperty(name = "lang", type = SchemaType.STRING, enumeration = {"ar", "ku", "en", "ckb"})})))
    public Response upload(@HeaderParam("Content-Length") Long length, List<EntityPart> parts) {
        guard.upload();
        int max = documents.maxUploadBytes();
        Uploads.Upload file = Uploads.file(length, parts, max, () -> tooLarge(max));
        String lang = Uploads.text(parts, "lang", 64);
        String name = TextInput.check("file name", file.name());
        DocumentView stored = documents.upload(name, file.bytes(), TextInput.check("lang", lang));
        audit.store(signedIn.audit("knowledge.upload", "document:" + name, file.bytes().length + " bytes"));
        return Response.status(201).entity(stored).build();
    }

    @GET
    @Path("documents")
    @Operation(summary = "Handbook documents with their chunk counts and last ingestion")
    public List<DocumentView> list() {
        return documents.list();
    }

    @POST
    @Path("reindex")
    @Operation(summary = "Re-chunk every document from its original and retrain the on-box model")
    public ReindexView reindex() {
        ReindexView result = documents.reindex();
        audit.store(signedIn.audit("knowledge.reindex", "knowledge", null));
        return result;
    }

    private static NuraException tooLarge(int max) {
        return new NuraException(NuraException.Kind.TOO_LARGE, "document_too_large",
                "A document may have at most " + max + " bytes");
    }
}
