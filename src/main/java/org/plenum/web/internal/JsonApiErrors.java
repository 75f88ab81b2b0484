package org.plenum.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON:API error documents for the places that answer errors outside Spring MVC's exception handling: the
 * {@code /error} dispatch and Tomcat's own error report (URLs Tomcat refuses before any servlet sees them).
 */
final class JsonApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonApiErrors() {
    }

    static Map<String, Object> document(int status, String code, String title, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", Integer.toString(status));
        error.put("code", code);
        error.put("title", title);
        error.put("detail", detail);
        return Map.of("errors", List.of(error));
    }

    /** A generic error document for an HTTP status: its reason phrase, and a detail that never leaks internals. */
    static Map<String, Object> forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String code = known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT);
        String detail = switch (status) {
            case 400 -> "The request is malformed: check the URL's path and query (percent-encoding, characters"
                    + " such as %, \\ and control characters, encoded slashes) and its headers.";
            case 404 -> "There is nothing here. The API's entry points are listed at /api/v1/openapi.json.";
            case 405 -> "This method is not supported here.";
            default -> HttpStatusCode.valueOf(status).is5xxServerError()
                    ? "The server could not answer this request. The error was logged."
                    : "The request could not be answered (" + status + " " + title + ").";
        };
        return document(status, code, title, detail);
    }

    static byte[] bytes(Map<String, Object> document) {
        return JSON.writeValueAsBytes(document);
    }
}
