package org.nura.api.platform;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
        String id = RequestIds.idFor(request.getHeader(RequestIds.HEADER));
        String body = Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("code", ErrorMapper.codeOf(404)).add("message", ErrorMapper.messageOf(404))
                .add("request_id", id)).build().toString();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader(RequestIds.HEADER, id);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
