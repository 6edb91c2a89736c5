package org.nura.api.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.nura.platform.control.JsonSupport;

/**
 * The error page of the web module (web.xml): what the servlet container refuses itself — a path that resolves
 * outside the API after {@code ..} or an encoded slash, a static file that is not there — answers the same JSON error
 * as the API instead of the server's HTML page, with the status the container chose.
 */
@WebServlet("/_error")
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            // the servlet container's answer to a method (PATCH) on a path no resource serves: not our failure
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
        }
        write(response, status, RequestIds.idFor(request.getHeader(RequestIds.HEADER)));
    }

    /** Writes the JSON error for a status straight to a servlet response. */
    static void write(HttpServletResponse response, int status, String requestId) throws IOException {
        String body = JsonSupport.objectBuilder().add("error", JsonSupport.objectBuilder()
                .add("code", ErrorMapper.codeOf(status)).add("message", ErrorMapper.messageOf(status))
                .add("request_id", requestId)).build().toString();
        response.setStatus(status);
        response.setHeader(RequestIds.HEADER, requestId);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
