package org.nura.api.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's web module has no Faces pages, yet the server maps a Faces servlet onto it (the console's Faces is in the
 * same EAR): a Faces postback to {@code /x.xhtml} there answered 500. These paths now answer a plain JSON 404.
 */
@WebFilter({"*.xhtml", "*.jsf", "*.faces", "/faces/*"})
public class NoFacesHere extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        ErrorPages.write(response, HttpServletResponse.SC_NOT_FOUND,
                RequestIds.idFor(request.getHeader(RequestIds.HEADER)));
    }
}
