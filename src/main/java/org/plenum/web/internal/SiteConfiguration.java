package org.plenum.web.internal;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The website's plumbing: the reader's language ({@link SiteLocaleResolver}) and the static files under
 * {@code /assets/}, from {@code classpath:/web/assets/}, addressed by a content hash ({@code /assets/site-<md5>.css},
 * see {@code PageContext.asset}) and cached for a year as immutable: a changed file gets a new address.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the server's only: left out of the one-off commands (CommandConfiguration)
class SiteConfiguration implements WebMvcConfigurer {

    static final CacheControl ASSETS_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new SiteLocaleResolver();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/web/assets/")
                .setCacheControl(ASSETS_CACHE)
                .setUseLastModified(false)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
