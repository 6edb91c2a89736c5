package org.nura.api.channels;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.nura.api.platform.RequestIds;
import org.nura.api.platform.RolesFilter;
import org.nura.channels.boundary.TelegramUpdates;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Client;
import org.nura.security.boundary.SecurityLogs;
import org.nura.security.events.SecurityIncident;

/**
 * X-Telegram-Bot-Api-Secret-Token against TELEGRAM_WEBHOOK_SECRET (constant time), before the body is read: a
 * caller without the secret gets 401 and a security log row whatever it sent, never a hint from a 400.
 */
@Provider
@TelegramSecret
@Priority(Priorities.AUTHENTICATION)
public class TelegramSecretFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @Inject
    TelegramUpdates updates;

    @Inject
    SecurityLogs securityLog;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String secret = request.getHeaderString(HEADER);
        if (!updates.authentic(secret)) {
            Client client = RolesFilter.client(http, RequestIds.of(request));
            securityLog.store(new SecurityIncident("telegram_webhook_refused", null, client.ip(), client.userAgent(),
                    client.requestId(), secret == null || secret.isEmpty() ? "no secret token" : "wrong secret token"));
            throw NuraException.unauthorized("unauthorized", "Wrong or missing " + HEADER);
        }
    }
}
