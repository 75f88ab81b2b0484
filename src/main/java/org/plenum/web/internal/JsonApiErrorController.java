package org.plenum.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.plenum.web.JsonApi;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code BasicErrorController}: an error that reaches the servlet container's error page
 * (a {@code sendError} by a filter or by Tomcat inside the application) is answered as a JSON:API error document,
 * never as Spring's {@code {"timestamp", "status", "error"}} or an HTML page. {@code /error} asked for directly is
 * not an error dispatch: it is a 404, like any other address with nothing behind it.
 */
@RestController
class JsonApiErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400 && code <= 599
                ? code : 404;
        return ResponseEntity.status(status).contentType(JsonApi.MEDIA).body(JsonApiErrors.forStatus(status));
    }
}
