package org.nura.api.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.nura.platform.control.NuraConfig;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.security.boundary.Client;
import org.nura.security.boundary.Logins;
import org.nura.security.boundary.SecurityLogs;
import org.nura.security.events.SecurityIncident;

/**
 * The one place where the API checks who may call what: an endpoint (method, else its class) annotated
 * {@code @RolesAllowed} needs {@code Authorization: Bearer} with a signed-in user's token — or the static API_KEY,
 * a machine credential with the admin role — and one of the roles (an admin has the supervisor's and the agent's,
 * a supervisor the agent's). No token or a bad one: 401; the wrong role: 403 and a security log row.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RolesFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Inject
    NuraConfig config;

    @Inject
    Logins logins;

    @Inject
    SecurityLogs securityLog;

    @Inject
    SignedIn signedIn;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = required(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed == null) {
            return;
        }
        Client client = client(http, RequestIds.of(request));
        String token = bearer(request.getHeaderString("Authorization"));
        if (token == null) {
            request.abortWith(unauthorized(client.requestId()));
            return;
        }
        Caller caller;
        try {
            caller = isApiKey(token) ? Caller.API_KEY : logins.authenticate(token, client);
        } catch (NuraException e) {
            request.abortWith(unauthorized(client.requestId()));
            return;
        }
        if (!caller.mayActAs(List.of(allowed.value()))) {
            securityLog.store(new SecurityIncident("role_denied", caller.username(), client.ip(), client.userAgent(),
                    client.requestId(), request.getMethod() + " /" + request.getUriInfo().getPath() + " needs "
                    + String.join("|", allowed.value()) + ", has " + caller.roles()));
            request.abortWith(ErrorMapper.answer(403, "forbidden", "Your role may not do this.", client.requestId()));
            return;
        }
        signedIn.set(caller);
    }

    /** The method's own annotation wins over its class's. */
    static RolesAllowed required(Method method, Class<?> type) {
        RolesAllowed onMethod = method == null ? null : method.getAnnotation(RolesAllowed.class);
        return onMethod != null || type == null ? onMethod : type.getAnnotation(RolesAllowed.class);
    }

    /** Where the request came from, for rate limits and the security log. */
    public static Client client(HttpServletRequest http, String requestId) {
        return new Client(http.getRemoteAddr(), http.getHeader("User-Agent"), requestId);
    }

    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private boolean isApiKey(String token) {
        String key = config.apiKey();
        return !key.isEmpty() && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }

    private static Response unauthorized(String requestId) {
        return Response.fromResponse(ErrorMapper.answer(401, "unauthorized",
                "Send Authorization: Bearer <token> with a valid token (POST /v1/auth/login) or the API key.",
                requestId)).header("WWW-Authenticate", "Bearer").build();
    }
}
