package org.nura.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.nura.security.entity.UserAccount;

/** {@code /admin/} opens the screen each role starts its day on (by the roles given, not the ones included). */
@Named
@RequestScoped
public class ConsoleHome {

    @Inject
    ConsoleSession session;

    /** For the home page's view action: a redirect to the role's first screen. */
    public String route() {
        return homeOf(session) + "?faces-redirect=true";
    }

    static String homeOf(ConsoleSession session) {
        var roles = session.caller().roles();
        if (roles.contains(UserAccount.AGENT)) {
            return "/handoff/queue.xhtml";
        }
        return roles.contains(UserAccount.SUPERVISOR) ? "/analytics/dashboard.xhtml" : "/platform/system.xhtml";
    }
}
