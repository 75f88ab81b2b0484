package org.plenum.accounts.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.plenum.web.JsonApi;

/** The JSON:API error documents of the API's security: 401 (no or a bad token), 403 (not allowed), 429. */
final class ApiErrors {

    private ApiErrors() {
    }

    static void write(HttpServletResponse response, int status, String code, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] body = ("{\"errors\":[{\"status\":\"" + status + "\",\"code\":\"" + code + "\",\"title\":\"" + title
                + "\",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"plenum\"");
        }
        response.setContentType(JsonApi.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
