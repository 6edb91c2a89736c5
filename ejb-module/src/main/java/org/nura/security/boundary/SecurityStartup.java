package org.nura.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.nura.platform.control.NuraConfig;
import org.nura.security.control.ProductionSafety;
import org.nura.security.control.SecurityConfig;

/**
 * At start: production refuses weak or default secrets (naming each setting in the log), then, with no user at all,
 * the admin is created from ADMIN_USERNAME/ADMIN_PASSWORD.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecurityStartup {

    private static final Logger LOG = Logger.getLogger(SecurityStartup.class.getName());

    @Inject
    NuraConfig config;

    @Inject
    SecurityConfig security;

    @Inject
    Users users;

    @PostConstruct
    void start() {
        if (config.production()) {
            List<String> problems = ProductionSafety.problems(config.apiKey(), security.adminSecretKey(),
                    security.widgetIdentitySecret(), config.adminUsername(), config.adminPassword());
            problems.forEach(p -> LOG.severe("APP_ENV=production refuses to start: " + p));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("APP_ENV=production refuses to start: " + String.join("; ", problems));
            }
        }
        try {
            if (users.createFirstAdmin(config.adminUsername(), config.adminPassword())) {
                LOG.info(() -> "No user existed: created the admin '" + config.adminUsername()
                        + "' from ADMIN_USERNAME/ADMIN_PASSWORD");
            }
        } catch (EJBException e) {
            // another node of the cluster created it at the same moment (unique user name)
            LOG.info(() -> "The first admin was not created here: " + e.getCausedByException());
        }
    }
}
