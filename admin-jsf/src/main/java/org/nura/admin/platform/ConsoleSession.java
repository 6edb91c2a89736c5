package org.nura.admin.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
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
    /** Before sign-in the browser's choice (see ConsoleGuard), after it the user's stored one. */
    private String language;
    /** The page a signed-out user asked for, opened again after sign-in. */
    private String next;

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

    public String getLanguage() {
        return language == null ? "ar" : language;
    }

    /**
     * The view's locale; Arabic with Latin digits ({@code -u-nu-latn}), as the figures the console shows beside
     * (ids, times, API values) are written, so one table never mixes ٣ and 3.
     */
    public Locale getLocale() {
        return Locale.forLanguageTag("ar".equals(getLanguage()) ? "ar-u-nu-latn" : getLanguage());
    }

    /** For {@code dir=} on the page and PrimeFaces' own direction. */
    public String getDirection() {
        return "ar".equals(getLanguage()) ? "rtl" : "ltr";
    }

    public boolean isLanguageChosen() {
        return language != null;
    }

    public void useLanguage(String lang) {
        this.language = lang;
    }

    public void rememberNext(String path) {
        this.next = path;
    }

    /** The page to open after sign-in, once. */
    public String takeNext() {
        String path = next;
        next = null;
        return path;
    }

    public void signIn(LoginResult login) {
        this.token = login.token();
        this.language = login.user().consoleLanguage();
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
