package org.nura.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.NuraException;

/** The users and logs screens' own logic, without a container: role order, refusal texts, filter choices. */
class SecurityScreensTest {

    @Test
    void rolesGoToTheBoundaryInTheConsolesOrderWhateverOrderTheyWereTicked() {
        UserForm form = new UserForm();
        form.setRoles(List.of("admin", "agent", "made-up"));
        assertEquals(List.of("agent", "admin"), form.roleList());
        form.setRoles(null);
        assertEquals(List.of(), form.roleList());
    }

    @Test
    void eachKnownRefusalHasItsOwnTextAndAnUnknownOneShowsTheBoundarysWords() {
        assertEquals("refused.last_admin", SecurityRefusals.key(NuraException.conflict("last_admin", "x")));
        assertEquals("refused.weak_password", SecurityRefusals.key(NuraException.invalid("weak_password", "x")));
        assertEquals("refused.username_taken", SecurityRefusals.key(NuraException.conflict("username_taken", "x")));
        assertEquals("refused.other", SecurityRefusals.key(NuraException.invalid("something_new", "x")));
    }

    @Test
    void filterChoicesAreTheKnownOnesPlusWhatTheLogHoldsSortedOnce() {
        List<String> rows = List.of("role_denied", "brand_new_kind", "", "role_denied");
        List<String> choices = LogsView.choices(List.of("role_denied", "login_failed"), "typed_kind", rows,
                Function.identity());
        assertEquals(List.of("brand_new_kind", "login_failed", "role_denied", "typed_kind"), choices);
    }
}
