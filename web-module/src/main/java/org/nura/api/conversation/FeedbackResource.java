package org.nura.api.conversation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.conversation.boundary.Rating;
import org.nura.conversation.boundary.RatingResult;
import org.nura.conversation.boundary.Ratings;
import org.nura.platform.control.NuraException;

/** Thumbs up or down on an answer, from the widget. */
@Path("feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class FeedbackResource {

    /** The body of {@code POST /v1/feedback}. */
    public record FeedbackRequest(@Schema(required = true) String sessionId,
            @Schema(required = true) String sessionToken,
            @Schema(required = true, description = "The message_id of the answer being rated") String messageId,
            @Schema(required = true, enumeration = {"up", "down"}) String rating,
            String comment) {
    }

    @Inject
    Ratings ratings;

    @POST
    @Operation(summary = "Rate an answer up or down",
            description = "Needs the session's token; rating the same answer again replaces the rating. "
                    + "A \"down\" only records the rating (escalated is always false): the widget then asks the "
                    + "customer whether they want a person and hands over on yes with POST /v1/handoff/direct, "
                    + "reason \"bad_feedback\".")
    public RatingResult rate(FeedbackRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with message_id and rating");
        }
        return ratings.rate(new Rating(request.sessionId(), request.sessionToken(), request.messageId(),
                request.rating(), request.comment()));
    }
}
