package org.plenum.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bulkhead for the requests that need the database (the publications, health): at most
 * {@code plenum.database-requests.max-concurrent} of them at a time; any more get a 503 with {@code Retry-After} at
 * once. In an outage they wait at most the pool's connection timeout (1 s), so they can never take every server
 * thread: the reads answered from the in-memory snapshot keep their threads.
 */
class DatabaseBulkhead extends OncePerRequestFilter {

    private static final byte[] BUSY = ("{\"errors\":[{\"status\":\"503\",\"code\":\"database_busy\",\"title\":\"Database busy\","
            + "\"detail\":\"Too many requests that need the database are under way (or the database does not answer): try"
            + " again in a second. Data served from memory (/api/v1/chambers, /api/v1/reports, ...) is not affected.\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    private final Semaphore permits;

    DatabaseBulkhead(int maxConcurrent) {
        this.permits = new Semaphore(maxConcurrent);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!permits.tryAcquire()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "1");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/vnd.api+json");
            response.setContentLength(BUSY.length);
            response.getOutputStream().write(BUSY);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
