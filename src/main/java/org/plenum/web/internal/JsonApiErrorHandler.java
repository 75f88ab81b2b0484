package org.plenum.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.plenum.web.ApiException;
import org.plenum.web.JsonApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into a JSON:API error document: never a stack trace. The one exception: an address of the website
 * (outside {@code /api/**} and the actuator) with nothing behind it gets the site's HTML 404 page ({@link ErrorPages}).
 */
@RestControllerAdvice
class JsonApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(JsonApiErrorHandler.class);

    private final ErrorPages pages;

    JsonApiErrorHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        return error(e.status(), e.code(), e.title(), e.detail(), e.parameter());
    }

    /** A {@code ModelAndView} (the HTML page) for a page address, else a JSON:API document. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        if (ErrorPages.isPage(request.getRequestURI())) {
            return pages.notFound(request, response);
        }
        return error(HttpStatus.NOT_FOUND, "not_found", "Not found",
                "There is nothing at /" + e.getResourcePath() + ". The API's entry points are listed at /api/v1/openapi.json.", "");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Method not allowed",
                "The method " + e.getMethod() + " is not supported here; supported: " + e.getSupportedHttpMethods() + ".", "");
    }

    /** The client went away while the answer was being written: nothing to answer, nothing to report. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("Client closed the connection: {}", e.getMessage());
    }

    /**
     * Tomcat could not decode the query string ({@code ?filter=%ff%fe}: not UTF-8; {@code ?%}, {@code ?a=%zz}: not a
     * percent-encoding). Tomcat parses the parameters on first use, so this surfaces from the handler.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> undecodableQuery(InvalidParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_query_encoding", "Invalid query string",
                "The query string cannot be decoded: every '%' must be followed by two hexadecimal digits, and the"
                        + " decoded bytes must be UTF-8 (e.g. filter=country_code:eq:ES, page%5Bsize%5D=10).", "");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            String detail = known.getBody().getDetail();
            return error(status, status.name().toLowerCase(java.util.Locale.ROOT), status.getReasonPhrase(),
                    detail == null ? "The request could not be answered." : detail, "");
        }
        log.error("Unexpected error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal error",
                "The server could not answer this request. The error was logged.", "");
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String title, String detail,
                                                     String parameter) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", Integer.toString(status.value()));
        error.put("code", code);
        error.put("title", title);
        error.put("detail", detail);
        if (!parameter.isEmpty()) {
            error.put("source", Map.of("parameter", parameter));
        }
        return ResponseEntity.status(status).contentType(JsonApi.MEDIA).body(Map.of("errors", List.of(error)));
    }
}
