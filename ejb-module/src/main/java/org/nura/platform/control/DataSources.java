package org.nura.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Produces the application's datasource for plain JDBC users (migration, health). Its JNDI name is
 * {@link Resources#DATASOURCE}, the one persistence.xml names, unless NURA_DATASOURCE says otherwise.
 */
@ApplicationScoped
public class DataSources {

    @Inject
    NuraConfig config;

    @Produces
    @ApplicationScoped
    DataSource nura() throws NamingException {
        return (DataSource) new InitialContext().lookup(config.dataSourceName());
    }
}
