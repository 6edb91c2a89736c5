package org.nura.admin.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends anyone who is not signed in to the sign-in page; static resources stay public. */
@WebFilter("/*")
public class ConsoleGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean open = path.equals("/login.xhtml") || path.startsWith("/jakarta.faces.resource/");
        if (open || session.isSignedIn()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        }
    }
}
