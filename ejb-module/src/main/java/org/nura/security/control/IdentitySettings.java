package org.nura.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.nura.platform.control.NuraConfig;

/** Widget identity verification: the site's shared secret and how strictly a customer id must be proved. */
@ApplicationScoped
public class IdentitySettings {

    /** off: hashes are ignored; optional: a hash, when sent, must match; required: a new session needs one. */
    public enum Mode { OFF, OPTIONAL, REQUIRED }

    @Inject
    NuraConfig config;

    /** WIDGET_IDENTITY_SECRET; empty switches verification off whatever the mode says. */
    public String secret() {
        return config.text("WIDGET_IDENTITY_SECRET", "");
    }

    /** IDENTITY_VERIFICATION (off | optional | required), optional by default; unknown values are refused. */
    public Mode mode() {
        String value = config.text("IDENTITY_VERIFICATION", "optional").toUpperCase(Locale.ROOT);
        try {
            return secret().isEmpty() ? Mode.OFF : Mode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("IDENTITY_VERIFICATION must be off, optional or required", e);
        }
    }
}
