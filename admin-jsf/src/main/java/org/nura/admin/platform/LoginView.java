package org.nura.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.LoginResult;
import org.nura.security.boundary.Logins;
import org.nura.security.control.SecurityConfig;

/**
 * Signs a user in to the console with the same accounts, rate limit and security log as the API, and out again.
 */
@Named
@RequestScoped
public class LoginView {

    static final String SIGN_IN_OUTCOME = "/login.xhtml?faces-redirect=true";

    @Inject
    Logins logins;

    @Inject
    SecurityConfig config;

    @Inject
    ConsoleSession session;

    private String username;
    private String password;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        LoginResult login;
        try {
            login = logins.login(username, password, ConsoleGuard.client(request));
        } catch (NuraException e) {
            String message = Notices.text("msg",
                    e.kind() == NuraException.Kind.RATE_LIMITED ? "login.limited" : "login.wrong");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            return null;
        }
        request.changeSessionId(); // no session fixation: the signed-in session gets a new id
        request.getSession().setMaxInactiveInterval((int) config.consoleSessionTimeout().toSeconds());
        session.signIn(login);
        String next = session.takeNext();
        if (next != null) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + next);
            faces.responseComplete();
            return null;
        }
        return ConsoleHome.homeOf(session) + "?faces-redirect=true";
    }

    /** Ends the token and the HTTP session. */
    public String signOut() {
        if (session.isSignedIn()) {
            logins.logout(session.token());
            session.signOut();
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        return SIGN_IN_OUTCOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
