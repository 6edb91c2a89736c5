package org.nura.api.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.nura.platform.control.NuraConfig;

/** The one place where agent and admin access is checked: today the static API_KEY bearer. */
@Provider
@AgentAccess
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    @Inject
    NuraConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        String expected = config.apiKey();
        boolean ok = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && !expected.isEmpty()
                && MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            request.abortWith(Response.fromResponse(ErrorMapper.answer(401, "unauthorized",
                    "Send Authorization: Bearer <token> with a valid agent token or API key.", RequestIds.of(request)))
                    .header("WWW-Authenticate", "Bearer").build());
        }
    }
}
