package org.nura.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.nura.security.control.CustomerLimits;
import org.nura.security.control.IdentityHash;
import org.nura.security.control.IdentitySettings;
import org.nura.security.events.SecurityIncident;

/**
 * The checks a customer call passes before it reaches the conversation: the widget's identity proof and the
 * customer rate limits. Refusals are answered, not thrown, so that the security incident fired here commits.
 * No transaction of its own: nothing here touches the database but the incident, which {@code SecurityLogs} stores
 * in a transaction of its own; a container transaction begun and committed for each of the three calls a customer
 * message makes here cost CPU for nothing (issue #17).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CustomerChecks {

    /** The outcome of checking a customer id against its hash. */
    public enum Identity { UNVERIFIED, VERIFIED, REFUSED }

    @Inject
    IdentitySettings settings;

    @Inject
    CustomerLimits limits;

    @Inject
    Event<SecurityIncident> incidents;

    /**
     * Checks the customer id against the site's HMAC. A hash that does not match is always refused; a missing one
     * is refused when verification is required and the call would create a session.
     */
    public Identity identity(String customerId, String hash, boolean newSession, RequestOrigin origin) {
        IdentitySettings.Mode mode = settings.mode();
        if (mode == IdentitySettings.Mode.OFF) {
            return Identity.UNVERIFIED;
        }
        boolean presented = hash != null && !hash.isBlank();
        if (presented && IdentityHash.matches(settings.secret(), customerId, hash)) {
            return Identity.VERIFIED;
        }
        if (presented || mode == IdentitySettings.Mode.REQUIRED && newSession) {
            incidents.fire(new SecurityIncident("identity_verification_failed", null, origin.ip(), origin.userAgent(),
                    origin.requestId(), (presented ? "hash does not match" : "no hash") + " for a customer id of "
                            + (customerId == null ? 0 : customerId.length()) + " characters"));
            return Identity.REFUSED;
        }
        return Identity.UNVERIFIED;
    }

    /** Counts one action; 0 when it is allowed, else the seconds to wait. The first refusal of a window is logged. */
    public long retryAfter(CustomerLimits.Kind kind, String subject, RequestOrigin origin) {
        CustomerLimits.Verdict verdict = limits.count(kind, subject);
        if (verdict.firstRefusal()) {
            incidents.fire(new SecurityIncident("rate_limited", null, origin.ip(), origin.userAgent(),
                    origin.requestId(), kind.name().toLowerCase()));
        }
        return verdict.allowed() ? 0 : verdict.retryAfterSeconds();
    }
}
