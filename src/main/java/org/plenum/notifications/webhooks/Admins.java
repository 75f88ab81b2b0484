package org.plenum.notifications.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import org.plenum.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The check that the request's signed-in person is an admin, made in the handler as well as by the security
 * configuration's rule for the address (decision 0036). By the request's roles, so that this module depends on no
 * writer (the accounts module gives an admin the role {@code ADMIN}).
 */
final class Admins {

    private Admins() {
    }

    /** The admin's name; a 401 without a signed-in person, a 403 for anyone else. */
    static String require(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                    "Webhook subscriptions are managed by admins: send an admin's API token (Authorization: Bearer …).", "");
        }
        if (!request.isUserInRole("ADMIN")) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Only admins manage webhook subscriptions.", "");
        }
        return request.getUserPrincipal().getName();
    }
}
