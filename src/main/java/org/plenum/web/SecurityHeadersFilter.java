package org.plenum.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sets {@link SecurityHeaders} on every response before anything else runs, so errors and redirects have them too;
 * and refuses, with a JSON:API 400, a path whose percent-encoding is broken where Tomcat lets it through (in a path
 * parameter, {@code /api/v1/;%}): Spring MVC would fail decoding it, even while writing the error, with a 500.
 */
final class SecurityHeadersFilter implements Filter {

    private static final byte[] MALFORMED_PATH = ("{\"errors\":[{\"status\":\"400\",\"code\":\"invalid_path_encoding\","
            + "\"title\":\"Invalid path\",\"detail\":\"The path cannot be decoded: every '%' must be followed by two"
            + " hexadecimal digits.\"}]}").getBytes(StandardCharsets.UTF_8);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response) {
            SecurityHeaders.apply(request, response);
            if (!wellEncoded(request.getRequestURI())) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType(JsonApi.MEDIA_TYPE);
                response.setContentLength(MALFORMED_PATH.length);
                response.getOutputStream().write(MALFORMED_PATH);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /** Whether every '%' of the (undecoded) path is followed by two hexadecimal digits. */
    static boolean wellEncoded(String uri) {
        if (uri == null) {
            return true;
        }
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
