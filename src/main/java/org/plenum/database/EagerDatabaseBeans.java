package org.plenum.database;

import javax.sql.DataSource;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one-off commands run with lazy initialisation (decision 0024); the database is still opened, checked and
 * restricted to its owner during the start ({@link DatabaseStartupCheck}), and the process that serves the embedded
 * database to others hands it over before it exits ({@link EmbeddedDatabaseHandOver}), as in the server: neither may
 * wait until something happens to use them.
 */
@Configuration(proxyBeanMethods = false)
class EagerDatabaseBeans {

    @Bean
    static LazyInitializationExcludeFilter databaseBeansNotLazy() {
        return LazyInitializationExcludeFilter.forBeanTypes(DataSource.class, EmbeddedDatabaseHandOver.class);
    }
}
