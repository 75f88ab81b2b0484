package org.plenum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for the public read API ({@code /api/v1/**}): a web page on any site may read it. Any origin
 * ({@code Access-Control-Allow-Origin: *}), no credentials (no cookies, no authorisation: the reads need none),
 * the methods GET and HEAD (OPTIONS for the preflight), and the headers a script needs to revalidate and to name a
 * download exposed ({@code ETag}, {@code Content-Disposition}). Spring MVC applies it to every response of the API
 * and answers preflights; the cached responses' fast path, which answers ahead of Spring MVC, applies the same
 * configuration with Spring's own processor ({@link #apply}).
 */
@Configuration(proxyBeanMethods = false)
class PublicApiCors implements WebMvcConfigurer {

    static final String PATHS = "/api/v1/**";
    private static final CorsConfiguration CONFIGURATION = configuration();
    private static final CorsProcessor PROCESSOR = new DefaultCorsProcessor();

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(PATHS).combine(CONFIGURATION);
    }

    private static CorsConfiguration configuration() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of(CorsConfiguration.ALL));
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of(CorsConfiguration.ALL));
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        return cors;
    }

    /**
     * Sets the CORS headers on a response of the fast path exactly as Spring MVC sets them on the API's responses
     * ({@code Vary: Origin, …} on every response, so a shared cache keeps cross-origin answers apart;
     * {@code Access-Control-Allow-Origin: *} on a cross-origin request's): a repeated request gets the same headers.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith("/api/v1/")) {
            PROCESSOR.processRequest(CONFIGURATION, request, response);
        }
    }
}
