package org.nura.api.platform;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nura.platform.control.NuraException;
import org.nura.platform.control.Outages;
import org.nura.platform.control.TooManyRequests;

/** Turns every failure into the JSON error body with a fitting status; never a stack trace, never HTML. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        String requestId = RequestIds.of(request);
        Throwable cause = unwrap(failure);
        NuraException refusal = refusalIn(failure);
        if (refusal instanceof TooManyRequests e) {
            return Response.fromResponse(answer(429, e.code(), e.getMessage(), requestId))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        if (refusal != null) { // also when thrown inside JSON-B or a parameter converter, wrapped by the runtime
            return answer(status(refusal.kind()), refusal.code(), refusal.getMessage(), requestId);
        }
        if (isJsonProblem(cause)) {
            return answer(400, "invalid_json", "The request body is not valid JSON for this endpoint.", requestId);
        }
        if (UnreadableBodies.isMalformedMultipart(request, cause)) {
            return answer(400, "invalid_multipart", "The multipart body is malformed: each part needs its"
                    + " Content-Disposition header and the boundary the Content-Type names.", requestId);
        }
        if (cause instanceof ConstraintViolationException e) {
            return answer(400, "validation_failed", e.getMessage(), requestId);
        }
        if (cause instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Request " + requestId + " failed", e);
            }
            if (e.getResponse().getEntity() instanceof ApiError) {
                return e.getResponse(); // already our JSON error, with headers of its own (Retry-After)
            }
            return answer(status, codeOf(status), messageOf(status), requestId);
        }
        if (Outages.isOutage(failure)) {
            logRefusal(requestId, failure);
            return unavailable(requestId);
        }
        LOG.log(Level.SEVERE, "Request " + requestId + " failed", failure);
        return answer(500, "internal_error", "Something went wrong on our side. Quote the request id when reporting it.",
                requestId);
    }

    /**
     * One line per refused request: Jersey may map one request's failure twice (seen in an outage: two lines with the
     * same id, on the same thread, 1 ms apart), and the slow-request line of {@link RequestIds} would be a third.
     */
    void logRefusal(String requestId, Throwable failure) {
        if (request == null || request.getAttribute(RequestIds.LOGGED) == null) {
            Outages.shared().refused(describe(requestId), failure);
        }
        if (request != null) {
            request.setAttribute(RequestIds.LOGGED, Boolean.TRUE);
        }
    }

    /** 503 while the database (or broker) cannot be reached: the request was not carried out, the client may retry. */
    static Response unavailable(String requestId) {
        return answer(503, "unavailable", "The service is briefly unavailable and the request was not carried out;"
                + " please try again in a few seconds.", requestId);
    }

    private String describe(String requestId) {
        return request == null ? "request " + requestId
                : request.getMethod() + " " + request.getRequestURI() + " (request " + requestId + ", after "
                + RequestIds.elapsedMillis(request) + " ms)";
    }

    /** The JSON error; every 503 also says when to try again (Retry-After). */
    static Response answer(int status, String code, String message, String requestId) {
        Response.ResponseBuilder answer = Response.status(status);
        if (status == 503) {
            answer.header("Retry-After", Outages.RETRY_AFTER_SECONDS);
        }
        return answer
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .header(RequestIds.HEADER, requestId)
                .entity(ApiError.of(code, message, requestId))
                .build();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof EJBException || current instanceof ProcessingException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static NuraException refusalIn(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 16; t = t.getCause()) {
            if (t instanceof NuraException e) {
                return e;
            }
        }
        return null;
    }

    private static boolean isJsonProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException
                    || t instanceof jakarta.json.JsonException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static int status(NuraException.Kind kind) {
        return switch (kind) {
            case VALIDATION -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
            case UNSUPPORTED -> 415;
            case GONE -> 410;
        };
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    static String messageOf(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Authentication is required.";
            case 403 -> "You may not do this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No acceptable representation.";
            case 415 -> "This content type is not accepted here (see /openapi for what each endpoint takes).";
            default -> status >= 500 ? "Something went wrong on our side." : "The request was refused.";
        };
    }
}
