package org.nura.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.nura.platform.control.NuraConfig;

/** Brings the schema to the current version before any other bean touches the database. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    NuraConfig config;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        if (config.migrateOnStart()) {
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, now at version "
                    + flyway.info().current().getVersion());
        } else {
            flyway.validate();
            LOG.info("Schema validated (DB_MIGRATE_ON_START=false)");
        }
    }
}
