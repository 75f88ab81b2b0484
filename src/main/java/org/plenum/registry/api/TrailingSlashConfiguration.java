package org.plenum.registry.api;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * Parline answers {@code /v1/countries/?page[number]=1} and {@code /v1/metadata/taxonomies/} like the paths without
 * the slash, and public clients call them so (decision 0014). Spring's {@link UrlHandlerFilter} hands such a request
 * on without its trailing slash. It runs just after the cached-response fast path: a request with a slash misses the
 * fast path once per request and is then answered from the same cache entry as the path without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the server's only: left out of the one-off commands (CommandConfiguration)
class TrailingSlashConfiguration {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/v1/**").wrapRequest().build());
        registration.setName("trailingSlashFilter");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
