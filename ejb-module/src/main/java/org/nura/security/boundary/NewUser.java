package org.nura.security.boundary;

import java.util.List;

/** What an admin gives to create a user. */
public record NewUser(String username, String displayName, String password, List<String> roles) {
}
