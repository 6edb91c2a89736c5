package org.nura.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.nura.platform.control.NuraConfig;

/**
 * The console's session cookie: HttpOnly, SameSite=Strict (a foreign site cannot make the browser send it), and
 * Secure in production, where the console is served over TLS (on an HTTPS listener the server marks it Secure by
 * itself too).
 */
@WebListener
public class ConsoleCookies implements ServletContextListener {

    @Inject
    NuraConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        if (config.production()) {
            cookie.setSecure(true);
        }
    }
}
