package org.nura.admin.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.nura.admin.platform.ConsoleSession;
import org.nura.admin.platform.Notices;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.NewUser;
import org.nura.security.boundary.UserChange;
import org.nura.security.boundary.UserView;
import org.nura.security.boundary.Users;

/**
 * The admins' users screen: every account with its roles, state, last sign-in and console language; a form to
 * create one, and an edit panel for the chosen user (display name, roles, active, a new password). The boundary
 * decides and audits; its refusals (last admin, weak password, a taken name) become messages in the user's language.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of("agent", "supervisor", "admin");

    @Inject
    Users users;

    @Inject
    ConsoleSession session;

    private transient List<UserView> rows;
    private final UserForm creating = new UserForm();
    private final UserForm editing = new UserForm();
    /** The user whose edit panel is open, or null. */
    private Long editedId;
    private String editedUsername;

    public List<UserView> getRows() {
        if (rows == null) {
            rows = users.all();
        }
        return rows;
    }

    public List<String> getRoleChoices() {
        return ROLES;
    }

    public void create() {
        String name = creating.getUsername();
        if (act(() -> users.create(session.caller(), new NewUser(name, creating.getDisplayName(),
                creating.getPassword(), creating.roleList())))) {
            Notices.info("smsg", "users.created", name);
            creating.clear();
        }
    }

    /** Opens the edit panel with the user's current values. */
    public void edit(long id) {
        getRows().stream().filter(u -> u.id() == id).findFirst().ifPresent(user -> {
            editedId = id;
            editedUsername = user.username();
            editing.clear();
            editing.setDisplayName(user.displayName());
            editing.setRoles(new ArrayList<>(user.roles()));
            editing.setActive(user.active());
        });
    }

    public void save() {
        if (editedId != null && act(() -> users.update(session.caller(), editedId,
                new UserChange(editing.getDisplayName(), editing.roleList(), editing.isActive())))) {
            Notices.info("smsg", "users.saved", editedUsername);
            close();
        }
    }

    /** Sets the password typed in the edit panel; the user's open sessions end (the boundary bumps their tokens). */
    public void setPassword() {
        if (editedId != null && act(() -> users.changePassword(session.caller(), editedId, editing.getPassword()))) {
            Notices.info("smsg", "users.passwordset", editedUsername);
            editing.setPassword(null);
        }
    }

    public void close() {
        editedId = null;
        editedUsername = null;
        editing.clear();
    }

    /**
     * Runs a boundary call for an admin; true when it went through. The page is admin-only already (ConsoleGuard);
     * the check here keeps a postback from a session whose roles changed meanwhile from acting.
     */
    private boolean act(Supplier<UserView> call) {
        if (!session.has("admin")) {
            Notices.error("smsg", "users.notadmin");
            return false;
        }
        try {
            call.get();
            rows = null;
            return true;
        } catch (NuraException e) {
            Notices.error("smsg", SecurityRefusals.key(e), e.getMessage());
            return false;
        }
    }

    public UserForm getCreating() {
        return creating;
    }

    public UserForm getEditing() {
        return editing;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getEditedUsername() {
        return editedUsername;
    }
}
