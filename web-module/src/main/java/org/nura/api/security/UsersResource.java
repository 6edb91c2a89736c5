package org.nura.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nura.api.platform.SignedIn;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.NewUser;
import org.nura.security.boundary.UserChange;
import org.nura.security.boundary.UserView;
import org.nura.security.boundary.Users;

/** User management (admin): list, create, change roles / display name / active, set a password. */
@Path("users")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class UsersResource {

    /** The body of {@code POST /v1/users}. */
    public record NewUserRequest(@Schema(required = true) String username, String displayName,
            @Schema(required = true, description = "At least 12 characters, not common, not the user name") String password,
            @Schema(required = true, enumeration = {"admin", "supervisor", "agent"}) List<String> roles) {
    }

    /** The body of {@code PATCH /v1/users/{id}}: absent fields stay as they are. */
    public record UserChangeRequest(String displayName, List<String> roles, Boolean active) {
    }

    /** The body of {@code POST /v1/users/{id}/password}. */
    public record UserPasswordRequest(@Schema(required = true) String password) {
    }

    @Inject
    Users users;

    @Inject
    SignedIn signedIn;

    @GET
    @Operation(summary = "All users")
    public List<UserView> all() {
        return users.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user", description = "409 when the user name is taken (case-insensitive).")
    @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "Created")
    public Response create(NewUserRequest in) {
        if (in == null) {
            throw NuraException.invalid("missing_body", "Send username, display_name, password and roles");
        }
        UserView created = users.create(signedIn.caller(),
                new NewUser(in.username(), in.displayName(), in.password(), in.roles()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change roles, display name or active",
            description = "Changing roles or active ends the user's open tokens; 409 for the last active admin.")
    public UserView change(@PathParam("id") long id, UserChangeRequest in) {
        return users.update(signedIn.caller(), id, in == null ? null
                : new UserChange(in.displayName(), in.roles(), in.active()));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a user's password", description = "Ends the user's open tokens.")
    public UserView password(@PathParam("id") long id, UserPasswordRequest in) {
        return users.changePassword(signedIn.caller(), id, in == null ? null : in.password());
    }
}
