package org.nura.api.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.CustomerChecks;
import org.nura.security.boundary.RequestOrigin;
import org.nura.security.control.CustomerLimitSettings;
import org.nura.security.control.CustomerLimits;

/**
 * What customer endpoints check before they call their component: the rate limits (429 with Retry-After) and the
 * widget's identity proof (401). One instance for the application: the injected request is the container's proxy
 * for the current one, so it still knows the caller's address; made per request, it looked its EJB up again for
 * every customer message (issue #17).
 */
@ApplicationScoped
public class CustomerGuard {

    @Inject
    CustomerChecks checks;

    @Inject
    CustomerLimitSettings settings;

    @Inject
    HttpServletRequest request;

    /** Counts a customer call: a new session, or a message in a session; 429 beyond a limit. */
    public void message(String sessionId) {
        if (sessionId == null) {
            limit(CustomerLimits.Kind.NEW_SESSIONS_PER_IP, origin().ip());
        } else {
            limit(CustomerLimits.Kind.MESSAGES_PER_SESSION, sessionId);
        }
        limit(CustomerLimits.Kind.MESSAGES_PER_IP, origin().ip());
    }

    /** Counts an upload of this address; 429 beyond the limit. */
    public void upload() {
        limit(CustomerLimits.Kind.UPLOADS_PER_IP, origin().ip());
    }

    /** Whether the customer id is proved by the hash; 401 when the proof is wrong or a required one is missing. */
    public boolean verified(String customerId, String hash, boolean newSession) {
        CustomerChecks.Identity identity = checks.identity(customerId, hash, newSession, origin());
        if (identity == CustomerChecks.Identity.REFUSED) {
            throw NuraException.unauthorized("identity_not_verified",
                    "customer_hash must be the site's HMAC-SHA256 of customer_id (see widget identity verification)");
        }
        return identity == CustomerChecks.Identity.VERIFIED;
    }

    private void limit(CustomerLimits.Kind kind, String subject) {
        long retryAfter = checks.retryAfter(kind, subject, origin());
        if (retryAfter > 0) {
            String message = "Too many requests (" + kind.name().toLowerCase() + "); try again in " + retryAfter + " s.";
            throw new WebApplicationException(Response.fromResponse(ErrorMapper.answer(429, "rate_limited", message,
                    RequestIds.of(request))).header("Retry-After", retryAfter).build());
        }
    }

    private RequestOrigin origin() {
        return new RequestOrigin(ClientAddress.of(request, settings.trustedProxies()), request.getHeader("User-Agent"),
                RequestIds.of(request));
    }
}
