package org.plenum.accounts.web;

import org.springframework.security.web.csrf.CsrfToken;

/** The CSRF field every form of these pages sends (decision 0036). */
public record FormToken(String parameter, String value) {

    static FormToken of(CsrfToken token) {
        return new FormToken(token.getParameterName(), token.getToken());
    }
}
