package org.plenum.web;

import java.util.Objects;

/**
 * The person signed in on this request, as the layout's user menu shows them: their name (the username) and the
 * CSRF field its sign-out form sends. Pages of anonymous readers have none, and stay the same bytes for everyone:
 * a page cache must not serve (nor keep) a page made for a request that carries the session cookie
 * {@link #SESSION_COOKIE}.
 */
public record SignedInUser(String name, String csrfParameter, String csrfToken) {

    /** The name of the session cookie (Spring Session's default). */
    public static final String SESSION_COOKIE = "SESSION";

    public SignedInUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(csrfParameter, "csrfParameter");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }
}
