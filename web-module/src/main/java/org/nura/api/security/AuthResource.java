package org.nura.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.RequestIds;
import org.nura.api.platform.RolesFilter;
import org.nura.api.platform.SignedIn;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.security.boundary.LoginResult;
import org.nura.security.boundary.Logins;

/** Sign in for a bearer token, ask who the token belongs to, sign out. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class AuthResource {

    /** The body of {@code POST /v1/auth/login}. */
    public record LoginRequest(@Schema(required = true) String username, @Schema(required = true) String password) {
    }

    /** Who a token belongs to ({@code machine} for the API key). */
    public record SignedInUser(String id, String username, String displayName, List<String> roles, boolean machine) {
    }

    @Inject
    Logins logins;

    @Inject
    SignedIn signedIn;

    @Context
    HttpServletRequest http;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: a bearer token for the API (and the user and roles it stands for)",
            description = "401 for a wrong user name or password; 429 with Retry-After after LOGIN_RATE_LIMIT "
                    + "attempts per IP and user name within LOGIN_RATE_WINDOW_SECONDS.")
    public LoginResult login(LoginRequest request) {
        if (request == null) {
            throw NuraException.invalid("missing_body", "Send a JSON body with username and password");
        }
        return logins.login(request.username(), request.password(), RolesFilter.client(http, RequestIds.of(http)));
    }

    @GET
    @Path("me")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The user the token belongs to")
    public SignedInUser me() {
        Caller c = signedIn.caller();
        return new SignedInUser(c.userId(), c.username(), c.displayName(), List.copyOf(c.roles()), c.machine());
    }

    @POST
    @Path("logout")
    @RolesAllowed("agent")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End this token at once (the API key cannot be signed out)")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!signedIn.caller().machine()) {
            logins.logout(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }
}
