package org.plenum.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the fast path of the cached responses in front of Spring MVC. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the server's only: left out of the one-off commands (CommandConfiguration)
class CachedResponsesConfiguration {

    /**
     * First, ahead of the HTTP observation filter (highest precedence + 1), whose timing would cost about as much as
     * the whole fast path: answers from the cache are not recorded in {@code http.server.requests} (see
     * docs/decisions/0007). It shares the highest precedence with Spring Boot's character-encoding filter; their
     * relative order does not matter, as the fast path decodes no parameter and writes bytes with their own
     * Content-Type.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<CachedResponseFilter> cachedResponseFilter(CachedResponses responses, DataVersion version) {
        FilterRegistrationBean<CachedResponseFilter> registration = new FilterRegistrationBean<>(new CachedResponseFilter(responses, version));
        registration.setName("cachedResponseFilter");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(ORDER);
        return registration;
    }

    /**
     * The page cache (decision 0039), at the same (highest) precedence: a page from the cache is sent before the
     * observation filter, Spring Security and Spring MVC run, like the API's fast path.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, org.springframework.web.servlet.LocaleResolver languages) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, languages));
        registration.setName("pageCacheFilter");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(ORDER);
        return registration;
    }

    /** Marks the requests of handlers annotated {@link CachedPage} for the page cache. */
    @Bean
    org.springframework.web.servlet.config.annotation.WebMvcConfigurer cachedPageMarker() {
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
                    @Override
                    public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                             jakarta.servlet.http.HttpServletResponse response, Object handler) {
                        if (handler instanceof org.springframework.web.method.HandlerMethod method
                                && (method.hasMethodAnnotation(CachedPage.class)
                                    || method.getBeanType().isAnnotationPresent(CachedPage.class))) {
                            request.setAttribute(PageCache.CACHEABLE, Boolean.TRUE);
                        }
                        return true;
                    }
                });
            }
        };
    }

    /**
     * The security headers, at the same (highest) precedence. Their order relative to the fast path does not matter:
     * the fast path sets the same headers itself when it answers (see {@link SecurityHeaders}).
     */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("securityHeadersFilter");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(ORDER);
        return registration;
    }
}
