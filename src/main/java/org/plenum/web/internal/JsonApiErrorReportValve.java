package org.plenum.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.plenum.web.JsonApi;
import org.plenum.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report as a JSON:API error document instead of an HTML page. Tomcat answers some requests itself,
 * before any filter or servlet runs: a path with an invalid percent-encoding ({@code /api/v1/chambers/%}), an
 * encoded slash or backslash, a control character. Those answers come from the host's error report valve, which
 * this one replaces (see {@link JsonApiErrorReportCustomizer}). It writes nothing when the response already has a
 * body, and never a stack trace.
 */
class JsonApiErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(JsonApiErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (throwable != null && status >= 500) {
            log.error("Unexpected error answering {}", request.getRequestURI(), throwable);
        } else if (throwable != null) {
            log.debug("Refused with {}: {}", status, throwable.toString());
        }
        byte[] body = JsonApiErrors.bytes(JsonApiErrors.forStatus(status));
        try {
            response.resetBuffer();
            SecurityHeaders.apply(request, response);
            response.setContentType(JsonApi.MEDIA.toString());
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error report: {}", e.toString());
        }
    }
}
