package org.plenum.accounts.web;

import java.util.List;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.accounts.internal.TokenStore;

/** What the account page ({@code /account}) shows. */
public record AccountView(Actor actor, List<TokenStore.ApiToken> tokens, Optional<String> newToken,
                          Optional<String> notice, Optional<FormError> error, FormToken csrf) {

    /** A moment as shown: {@code 2026-12-07 16:30 UTC}. */
    public String when(java.time.Instant instant) {
        return Moments.format(instant);
    }

    public String bindings() {
        java.util.List<String> all = new java.util.ArrayList<>(new java.util.TreeSet<>(actor.parliaments()));
        all.addAll(new java.util.TreeSet<>(actor.chambers()));
        return String.join(", ", all);
    }
}
