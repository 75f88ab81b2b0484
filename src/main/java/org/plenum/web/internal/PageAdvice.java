package org.plenum.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the handlers of every {@link PageController}: the {@link PageContext} in the model as {@code page}, and their
 * errors as HTML pages in the reader's language (ahead of the API's JSON:API error handling, which answers
 * everything else).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageAdvice.class);

    private final PageContexts contexts;
    private final ErrorPages errors;

    PageAdvice(PageContexts contexts, ErrorPages errors) {
        this.contexts = contexts;
        this.errors = errors;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request, HttpServletResponse response) {
        return contexts.of(request, response);
    }

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return errors.notFound(request, response);
    }

    /**
     * Anything else a page's handler throws: a client error of Spring MVC (a missing or malformed parameter) as the
     * HTML 400 page, an unexpected error as the HTML 500 page (logged), never a stack trace or a JSON document.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof org.apache.tomcat.util.http.InvalidParameterException
                || e instanceof org.springframework.web.ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return errors.badRequest(request, response, "");
        }
        log.error("Unexpected error on the page {}", request.getRequestURI(), e);
        return errors.serverError(request, response);
    }

    @ExceptionHandler(BadPageRequestException.class)
    ModelAndView badRequest(BadPageRequestException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.badRequest(request, response, e.parameter());
    }
}
