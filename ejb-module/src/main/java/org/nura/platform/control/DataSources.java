package org.nura.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Produces the application's datasource for plain JDBC users (migration, health). Its JNDI name is the one
 * persistence.xml names, {@code jdbc/nura}, unless NURA_DATASOURCE says otherwise (test archives define their own).
 */
@ApplicationScoped
public class DataSources {

    @Inject
    NuraConfig config;

    @Produces
    @ApplicationScoped
    DataSource nura() throws NamingException {
        return (DataSource) new InitialContext().lookup(config.text("NURA_DATASOURCE", "jdbc/nura"));
    }
}
