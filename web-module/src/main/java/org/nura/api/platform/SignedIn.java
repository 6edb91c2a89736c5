package org.nura.api.platform;

import jakarta.enterprise.context.RequestScoped;
import org.nura.platform.control.NuraException;
import org.nura.security.boundary.Caller;
import org.nura.security.events.AuditRecorded;

/** Who the current request is from, as {@link RolesFilter} established it; resources read it, never set it. */
@RequestScoped
public class SignedIn {

    private Caller caller;

    /** Public because CDI proxies this request-scoped bean; only RolesFilter calls it. */
    public void set(Caller who) {
        this.caller = who;
    }

    /** The caller of an endpoint with {@code @RolesAllowed}; a resource without it has no caller. */
    public Caller caller() {
        if (caller == null) {
            throw NuraException.unauthorized("unauthorized", "Authentication is required.");
        }
        return caller;
    }

    /** An audit record of something this caller did. */
    public AuditRecorded audit(String action, String target, String detail) {
        return new AuditRecorded(caller().username(), action, target, detail);
    }
}
