package org.nura.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.nura.platform.control.NuraConfig;

/** Signs an operator in with the configured admin account (per-user accounts come with the security component). */
@Named
@RequestScoped
public class LoginView {

    @Inject
    NuraConfig config;

    @Inject
    ConsoleSession session;

    private String username;
    private String password;

    public String signIn() {
        boolean ok = equal(username, config.adminUsername())
                & equal(password, config.adminPassword());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!ok) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Wrong user name or password", null));
            return null;
        }
        ((HttpServletRequest) faces.getExternalContext().getRequest()).changeSessionId();
        session.signIn(username);
        return "/index.xhtml?faces-redirect=true";
    }

    private static boolean equal(String given, String expected) {
        return given != null && !expected.isEmpty() && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
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
