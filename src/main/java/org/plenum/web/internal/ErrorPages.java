package org.plenum.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenum.web.SecurityHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's HTML error pages (template {@code web/error.jte}), in the reader's language. The API ({@code /api/**})
 * and the actuator keep their JSON:API errors; every other address is a page of the site.
 */
@Component
class ErrorPages {

    private final PageContexts contexts;

    ErrorPages(PageContexts contexts) {
        this.contexts = contexts;
    }

    /** Whether an address belongs to the website rather than to the API or the actuator. */
    static boolean isPage(String path) {
        return path != null && SecurityHeaders.isSitePage(path);
    }

    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, HttpStatus.NOT_FOUND, "");
    }

    ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response, String parameter) {
        return page(request, response, HttpStatus.BAD_REQUEST, parameter);
    }

    ModelAndView serverError(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "");
    }

    private ModelAndView page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String parameter) {
        ModelAndView page = new ModelAndView("web/error");
        page.setStatus(status);
        page.addObject("page", contexts.forError(request, response));
        page.addObject("status", status.value());
        page.addObject("parameter", parameter);
        return page;
    }
}
