package org.nura.api.channels;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.channels.boundary.TelegramUpdates;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraException;

/**
 * Telegram's webhook: Telegram POSTs each Update here with the secret given to setWebhook in
 * X-Telegram-Bot-Api-Secret-Token ({@link TelegramSecretFilter}: a wrong or missing secret is a 401 and a security
 * log row, whatever the body); a good call is answered at once (the chat's answer leaves as a job), and a repeated
 * update_id changes nothing.
 */
@Path("telegram/webhook")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class TelegramWebhookResource {

    /** The answer Telegram gets; {@code duplicate}: the update had been handled before. */
    public record Received(boolean ok, boolean duplicate) {
    }

    /**
     * The parts of a Bot API Update NURA reads; other kinds of update (edits, joins…) arrive with neither and are
     * only recorded as seen. Unknown fields are ignored, so updates Telegram extends still bind.
     */
    @Schema(description = "A Telegram Bot API Update object")
    public record TelegramUpdateRequest(@Schema(required = true) Long updateId,
            @Schema(description = "A message: chat.id, text, from.language_code") JsonObject message,
            @Schema(description = "A button press: id, data, message.chat.id, message.message_id")
            JsonObject callbackQuery) {

        String json() {
            if (updateId == null) {
                throw NuraException.invalid("invalid_update", "An update needs an update_id");
            }
            JsonObjectBuilder update = JsonSupport.objectBuilder().add("update_id", updateId);
            if (message != null) {
                update.add("message", message);
            }
            if (callbackQuery != null) {
                update.add("callback_query", callbackQuery);
            }
            return update.build().toString();
        }
    }

    @Inject
    TelegramUpdates updates;

    @POST
    @Operation(summary = "Receive a Telegram Update (Bot API webhook)",
            description = "Checks X-Telegram-Bot-Api-Secret-Token against TELEGRAM_WEBHOOK_SECRET (401 otherwise), "
                    + "ignores an update_id seen before, and answers at once; what the chat is shown is sent by a "
                    + "background job. 404 when the channel is not configured, 409 while long polling is on.")
    @TelegramSecret
    public Received receive(TelegramUpdateRequest update) {
        updates.acceptWebhook();
        if (update == null) {
            throw NuraException.invalid("missing_body", "Send the Telegram Update object as the JSON body");
        }
        return new Received(true, !updates.receive(update.json()));
    }
}
