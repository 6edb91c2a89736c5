package org.nura.api.conversation;

import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.conversation.boundary.Click;
import org.nura.conversation.boundary.WidgetEvents;
import org.nura.platform.control.NuraException;
import org.nura.platform.control.TextInput;

/** Widget telemetry: tree clicks, article views and button clicks. */
@Path("analytics/click")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class WidgetEventsResource {

    /** The body of {@code POST /v1/analytics/click}; {@code meta} may be a string or any JSON value. */
    public record ClickRequest(String sessionId, String customerId,
            @Schema(required = true, description = "e.g. tree_click, article_view, button_click") String eventType,
            String label, @Schema(description = "A string or any JSON value, stored as text") JsonValue meta,
            String topicId, Integer articleId) {
    }

    /** The event was stored. */
    public record Ok(boolean ok) {
    }

    @Inject
    WidgetEvents events;

    @POST
    @Operation(summary = "Record a widget event",
            description = "Every event is stored; tree_click and article_view with a topic_id also count as a step "
                    + "through the topic tree.")
    public Ok click(ClickRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with at least event_type");
        }
        events.record(new Click(request.sessionId(), request.customerId(), request.eventType(), request.label(),
                meta(request.meta()), request.topicId(), request.articleId()));
        return new Ok(true);
    }

    private static String meta(JsonValue meta) {
        if (meta == null || meta.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        // the JSON text of an object escapes control characters; a plain string is stored as is, so it is checked
        return TextInput.check("meta", meta instanceof JsonString s ? s.getString() : meta.toString());
    }
}
