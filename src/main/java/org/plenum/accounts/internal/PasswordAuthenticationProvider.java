package org.plenum.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form login's check ({@link SignIn#withPassword}): on success an {@link ActorAuthentication}, otherwise one
 * {@link BadCredentialsException} whatever the reason (wrong password, no such account, locked, rate-limited), so
 * the page reveals nothing; the reason is in the audit log.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    PasswordAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String origin = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (username.length() > 254 || password.length() > AccountService.PASSWORD_MAX) {
            throw new BadCredentialsException("refused");
        }
        SignIn.Outcome outcome = signIn.withPassword(username, password, origin);
        if (outcome instanceof SignIn.Outcome.SignedIn signedIn) {
            return ActorAuthentication.of(signedIn.actor());
        }
        throw new BadCredentialsException(((SignIn.Outcome.Refused) outcome).reason());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
