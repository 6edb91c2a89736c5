package org.nura.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.nura.security.boundary.Users;

/** The signed-in user's own settings: the interface language, kept with the account so every device follows it. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    ConsoleSession session;

    @Inject
    Users users;

    /** Switches the interface language and shows the same page again in it. */
    public String chooseLanguage(String lang) {
        if (!"ar".equals(lang) && !"en".equals(lang)) { // the console's two interface languages
            return null;
        }
        if (session.isSignedIn()) {
            users.chooseConsoleLanguage(session.caller(), lang);
        }
        session.useLanguage(lang);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
