package org.nura.api.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.Takes;
import org.nura.knowledge.boundary.Evaluations;
import org.nura.knowledge.control.EvaluationReport;
import org.nura.platform.control.NuraException;

/** Answer quality as a product feature: score the running on-box model on the caller's labelled questions. */
@Path("admin/evaluation")
@RolesAllowed("supervisor")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class EvaluationResource {

    /** A CSV of a few thousand questions is well below this. */
    static final int MAX_BYTES = 1024 * 1024;

    @Inject
    Evaluations evaluations;

    @POST
    @Takes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Evaluate the on-box model on CSV rows id,intent,question[,reference_answer]",
            description = "A header row may add the columns tag (reported per tag) and lang (instead of the guessed "
                    + "language). Returns accuracy, per-language, per-tag and per-intent precision/recall, confusions, a calibration "
                    + "table and the share answered at LOCAL_CONFIDENCE_THRESHOLD. At most 1 MB (413 above).")
    @RequestBody(required = true, content = {@Content(mediaType = "text/csv"),
        @Content(mediaType = MediaType.TEXT_PLAIN)})
    public EvaluationReport evaluate(InputStream body) {
        return evaluations.evaluate(read(body));
    }

    private static String read(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new NuraException(NuraException.Kind.TOO_LARGE, "csv_too_large",
                        "An evaluation CSV may have at most " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NuraException.invalid("unreadable_body", "The CSV could not be read: " + e.getMessage());
        }
    }
}
