package org.nura.security.boundary;

import java.util.List;

/** A partial change of a user: each null field stays as it is. */
public record UserChange(String displayName, List<String> roles, Boolean active) {
}
