package org.nura.admin.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Who is signed in to the console in this HTTP session. */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;

    public String getUsername() {
        return username;
    }

    public boolean isSignedIn() {
        return username != null;
    }

    void signIn(String user) {
        this.username = user;
    }
}
