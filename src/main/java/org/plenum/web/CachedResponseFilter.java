package org.plenum.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The fast path of {@link CachedResponses}: a GET whose bytes for the current {@link DataVersion} are already
 * cached is answered here, before Spring MVC's dispatching, with the same status, headers and bytes the controller
 * would give (304 on a matching {@code If-None-Match}). Everything else goes on unchanged: other methods, error
 * dispatches, no data loaded yet, and misses (first request of a URL at a version, unknown URLs, requests the
 * controller refuses: errors are never cached).
 *
 * <p>Why it is right: an entry exists only if the controller computed it for the same version, path and query
 * string, and for those the controller's answer is always the same (the cache relies on this already).
 */
final class CachedResponseFilter implements Filter {

    private final CachedResponses responses;
    private final DataVersion version;

    CachedResponseFilter(CachedResponses responses, DataVersion version) {
        this.responses = responses;
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
                && request.getDispatcherType() == DispatcherType.REQUEST && "GET".equals(request.getMethod())) {
            long current = version.currentVersion();
            if (current != DataVersion.NONE) {
                CachedResponses.Body body = responses.cached(request, current);
                if (body != null) {
                    SecurityHeaders.apply(request, response);
                    CachedResponses.write(request, response, body);
                    return;
                }
            }
        }
        chain.doFilter(req, res);
    }
}
