package org.plenum.database;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link DatabaseBulkhead} in front of the endpoints that need the database. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DatabaseRequestsConfiguration {

    /** The publications: read from the database on every request not answered from the cache. */
    @Bean
    FilterRegistrationBean<DatabaseBulkhead> publicationsBulkhead(
            @Value("${plenum.database-requests.max-concurrent:8}") int maxConcurrent) {
        return bulkhead("publicationsBulkhead", maxConcurrent, "/api/v1/publications/*");
    }

    /** Health, apart: a flood of publication requests must not make a probe answer "busy". */
    @Bean
    FilterRegistrationBean<DatabaseBulkhead> healthBulkhead(
            @Value("${plenum.database-requests.max-concurrent:8}") int maxConcurrent) {
        return bulkhead("healthBulkhead", maxConcurrent, "/actuator/health/*");
    }

    private static FilterRegistrationBean<DatabaseBulkhead> bulkhead(String name, int maxConcurrent, String urlPattern) {
        FilterRegistrationBean<DatabaseBulkhead> registration = new FilterRegistrationBean<>(new DatabaseBulkhead(maxConcurrent));
        registration.setName(name);
        registration.addUrlPatterns(urlPattern);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // After the fast path of cached responses (highest precedence), which answers without the database.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
