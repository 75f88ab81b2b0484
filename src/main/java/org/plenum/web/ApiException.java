package org.plenum.web;

import org.springframework.http.HttpStatus;

/**
 * An error to report to an API client as a JSON:API error object: HTTP status, a stable code, a
 * title, a detail that says what was wrong and how to fix it, and the offending query parameter.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final String parameter;

    public ApiException(HttpStatus status, String code, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String code, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, "Invalid query parameter", detail, parameter);
    }

    /** Refuses a request with a query parameter the endpoint does not take, naming it and those it takes. */
    public static void onlyParameters(jakarta.servlet.http.HttpServletRequest request, java.util.List<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw badParameter(name, "unknown_parameter", "Unknown query parameter '" + name + "'"
                        + (allowed.isEmpty() ? "; this endpoint takes none." : "; this endpoint takes "
                        + String.join(", ", allowed) + "."));
            }
        }
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", "Not found", detail, "");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The query parameter at fault, or empty when none. */
    public String parameter() {
        return parameter;
    }
}
