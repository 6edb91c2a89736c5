package org.nura.admin.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.nura.security.boundary.Caller;
import org.nura.security.boundary.LoginResult;

/** Who is signed in to the console in this HTTP session, and the token the guard re-checks on every page. */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 2L;

    private String token;
    private String userId;
    private String username;
    private String displayName;
    private List<String> roles = List.of();

    public boolean isSignedIn() {
        return token != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleList() {
        return String.join(", ", roles);
    }

    /** For role-limited menu entries: {@code rendered="#{consoleSession.has('admin')}"}. */
    public boolean has(String role) {
        return isSignedIn() && caller().has(role);
    }

    /** The signed-in user as the boundaries want it. */
    public Caller caller() {
        return new Caller(userId, username, displayName, Set.copyOf(roles), false);
    }

    public String token() {
        return token;
    }

    public void signIn(LoginResult login) {
        this.token = login.token();
        this.userId = String.valueOf(login.user().id());
        this.username = login.user().username();
        refresh(login.user().displayName(), login.user().roles());
    }

    /** The guard found the user changed (name) since signing in. */
    public void refresh(String name, List<String> newRoles) {
        this.displayName = name;
        this.roles = List.copyOf(newRoles);
    }

    public void signOut() {
        token = null;
        userId = null;
        username = null;
        displayName = null;
        roles = List.of();
    }
}
