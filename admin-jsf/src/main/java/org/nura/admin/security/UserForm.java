package org.nura.admin.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an admin types into the users screen's create form or edit panel, bound field by field by the page. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private boolean active = true;

    /** The roles in the console's order (agent, supervisor, admin), whatever order the boxes were ticked in. */
    List<String> roleList() {
        return UsersView.ROLES.stream().filter(roles::contains).toList();
    }

    void clear() {
        username = null;
        displayName = null;
        password = null;
        roles = new ArrayList<>();
        active = true;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
