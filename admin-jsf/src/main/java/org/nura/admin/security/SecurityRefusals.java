package org.nura.admin.security;

import java.util.Set;
import org.nura.platform.control.NuraException;

/**
 * Which text of the security bundle explains a boundary's refusal: the boundary words its refusals in English for
 * the API, the console says them in the user's language; an unknown code shows the boundary's own words.
 */
final class SecurityRefusals {

    private static final Set<String> KNOWN = Set.of("last_admin", "weak_password", "invalid_password",
            "username_taken", "invalid_user", "invalid_roles", "user_not_found");

    private SecurityRefusals() {
    }

    /** {@code refused.<code>} for a known code, else {@code refused.other} (which shows the boundary's {0}). */
    static String key(NuraException e) {
        return KNOWN.contains(e.code()) ? "refused." + e.code() : "refused.other";
    }
}
