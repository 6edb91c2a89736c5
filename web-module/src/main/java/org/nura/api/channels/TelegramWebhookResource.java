package org.nura.api.channels;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.RequestIds;
import org.nura.api.platform.RolesFilter;
import org.nura.channels.boundary.TelegramUpdates;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Client;
import org.nura.security.boundary.SecurityLogs;
import org.nura.security.events.SecurityIncident;

/**
 * Telegram's webhook: Telegram POSTs each Update here with the secret given to setWebhook in
 * X-Telegram-Bot-Api-Secret-Token. A wrong or missing secret is a 401 and a security log row; a good call is
 * answered at once (the chat's answer leaves as a job), and a repeated update_id changes nothing.
 */
@Path("telegram/webhook")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customer")
public class TelegramWebhookResource {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** The answer Telegram gets; {@code duplicate}: the update had been handled before. */
    public record Received(boolean ok, boolean duplicate) {
    }

    /**
     * What the body is, for the API document only: the update is read as Telegram's raw JSON (Telegram adds fields
     * over time, and a strict binding would refuse them).
     */
    @Schema(name = "TelegramUpdate", description = "A Bot API Update object; fields other than these are ignored")
    public record UpdateDocument(@Schema(required = true) long updateId,
            @Schema(description = "A message with chat.id, text and from.language_code") Object message,
            @Schema(description = "A button press: id, data, message.chat.id, message.message_id")
            Object callbackQuery) {
    }

    @Inject
    TelegramUpdates updates;

    @Inject
    SecurityLogs securityLog;

    @Context
    HttpServletRequest http;

    @POST
    @Operation(summary = "Receive a Telegram Update (Bot API webhook)",
            description = "Checks X-Telegram-Bot-Api-Secret-Token against TELEGRAM_WEBHOOK_SECRET (401 otherwise), "
                    + "ignores an update_id seen before, and answers at once; what the chat is shown is sent by a "
                    + "background job. 404 when the channel is not configured, 409 while long polling is on.")
    public Received receive(@HeaderParam(SECRET_HEADER) String secret,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UpdateDocument.class))) String update) {
        if (!updates.authentic(secret)) {
            Client client = RolesFilter.client(http, RequestIds.of(http));
            securityLog.store(new SecurityIncident("telegram_webhook_refused", null, client.ip(), client.userAgent(),
                    client.requestId(), secret == null || secret.isEmpty() ? "no secret token" : "wrong secret token"));
            throw NuraException.unauthorized("unauthorized", "Wrong or missing " + SECRET_HEADER);
        }
        updates.acceptWebhook();
        return new Received(true, !updates.receive(update));
    }
}
