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

    @ExceptionHandler(BadPageRequestException.class)
    ModelAndView badRequest(BadPageRequestException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.badRequest(request, response, e.parameter());
    }
}
