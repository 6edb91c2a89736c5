package org.nura.security.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.nura.security.entity.UserAccount;

/** A user as the API and console show it; never the password hash or token version. */
public record UserView(long id, String username, String displayName, List<String> roles, boolean active,
        OffsetDateTime createdAt, OffsetDateTime lastLoginAt, String consoleLanguage) {

    static UserView of(UserAccount user) {
        return new UserView(user.id(), user.username(), user.displayName(), List.copyOf(user.roles()), user.active(),
                user.createdAt(), user.lastLoginAt(), user.consoleLanguage());
    }
}
