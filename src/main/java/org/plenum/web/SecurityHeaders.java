package org.plenum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * {@code Referrer-Policy: no-referrer} and a Content-Security-Policy. The website's pages get {@link #PAGE_POLICY}
 * (their own files only, decision 0031); the API and the actuator get the strictest policy (nothing may be loaded,
 * nothing may frame it); a chart's SVG (a path ending in {@code .svg}, see {@code org.plenum.web.chart.ChartEmbedding})
 * loads nothing either but any site may frame it, so it has no {@code X-Frame-Options}; Swagger UI ({@code /api/docs}, whose files are
 * under {@code /api/swagger-ui/}) gets a policy that lets it load its own scripts, styles and images and call the
 * API on the same origin, and nothing else. {@code Strict-Transport-Security} only on requests that came over TLS
 * (directly, or through a proxy trusted with {@code server.forward-headers-strategy}): sent over plain HTTP it would
 * be meaningless, and on a development machine harmful.
 *
 * <p>Set on every path: by {@link SecurityHeadersFilter} ahead of everything else, again by the cached-response fast
 * path, and by the error report of Tomcat for requests it refuses before any filter runs. The values are constants,
 * so the cost is a few header insertions per response.
 */
public final class SecurityHeaders {

    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /**
     * The website's pages (every address outside {@code /api/**} and the actuator): their own style sheets, scripts and
     * images only (no inline script or style), forms to the site itself, framed by nobody.
     */
    public static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** Charts served as SVG: nothing loaded, nothing run, framed by anyone (embedding). */
    public static final String EMBEDDABLE_CHART_POLICY = "default-src 'none'; frame-ancestors *; base-uri 'none'; form-action 'none'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private static final String SWAGGER_UI = "/api/swagger-ui/";
    private static final String SWAGGER_UI_ENTRY = "/api/docs";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!embeddableChart(request.getRequestURI())) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", policy(request.getRequestURI()));
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Whether a path is a chart's SVG, which other sites may embed. */
    static boolean embeddableChart(String path) {
        return path != null && path.endsWith(".svg");
    }

    static String policy(String path) {
        if (path == null) {
            return API_POLICY;
        }
        if (embeddableChart(path)) {
            return EMBEDDABLE_CHART_POLICY;
        }
        if (path.startsWith(SWAGGER_UI) || path.startsWith(SWAGGER_UI_ENTRY)) {
            return SWAGGER_UI_POLICY;
        }
        return isSitePage(path) ? PAGE_POLICY : API_POLICY;
    }

    /** Whether the address is one of the website's (not the API's, the actuator's or the error dispatch's). */
    public static boolean isSitePage(String path) {
        return !path.equals("/api") && !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.equals("/error")
                && !path.startsWith("//");
    }
}
