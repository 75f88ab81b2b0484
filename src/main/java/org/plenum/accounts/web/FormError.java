package org.plenum.accounts.web;

import java.util.Optional;
import org.plenum.accounts.AccountException;
import org.plenum.web.PageContext;

/** A refused form: the field it concerns and the reason, in the reader's language. */
public record FormError(String field, String message) {

    static Optional<FormError> none() {
        return Optional.empty();
    }

    static Optional<FormError> of(AccountException e, PageContext page) {
        return Optional.of(new FormError(e.field(), page.t(e.key(), e.arguments())));
    }

    /** Whether the error concerns that field (for {@code aria-invalid} and the message next to it). */
    public boolean on(String name) {
        return field.equals(name);
    }

    /** The HTTP status of a refused form: 403 when the person may not do it, 400 when a value is wrong. */
    static int status(AccountException e) {
        return e.key().equals("accounts.error.escalation") || e.key().equals("accounts.error.self") ? 403 : 400;
    }
}
