package org.plenum.accounts;

import java.time.Instant;

/** A new account's one-time link to set a password, shown once to whoever invited (and e-mailed to the person). */
public record Invitation(long accountId, String username, String link, Instant expiresAt) {
}
