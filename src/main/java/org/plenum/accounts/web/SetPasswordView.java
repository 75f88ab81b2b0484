package org.plenum.accounts.web;

import java.util.Optional;

/** What the set-password page shows. */
public record SetPasswordView(String purpose, String action, Optional<String> username, Optional<FormError> error,
                              FormToken csrf) {
}
