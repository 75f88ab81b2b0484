package org.plenum.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API sign-in by personal token ({@code Authorization: Bearer plenum_…}): a valid token makes its owner the actor
 * of this request only (stateless: no session); an unknown, revoked or deactivated one is refused with a JSON:API
 * 401, too many attempts with a 429, before anything else runs. A request without the header goes on as anonymous
 * (public reads need no token).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final SignIn signIn;

    BearerTokenFilter(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod());
        if (header == null || header.isBlank()
                || read && !header.regionMatches(true, 0, "Bearer " + Secrets.TOKEN_PREFIX, 0, 7 + Secrets.TOKEN_PREFIX.length())) {
            // Reads are public: any other Authorization a client sends (e.g. for another service) is ignored.
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 200) {
            ApiErrors.write(response, 401, "invalid_token", "Not signed in",
                    "The Authorization header takes a personal API token: 'Authorization: Bearer plenum_…'.");
            return;
        }
        SignIn.Outcome outcome = signIn.withToken(header.substring(7).strip(), request.getRemoteAddr());
        if (outcome instanceof SignIn.Outcome.SignedIn signedIn) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(ActorAuthentication.of(signedIn.actor()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        } else if (((SignIn.Outcome.Refused) outcome).reason().equals("rate-limited")) {
            ApiErrors.write(response, 429, "too_many_requests", "Too many requests",
                    "Too many requests with this token or from this address; wait a minute and try again.");
        } else {
            ApiErrors.write(response, 401, "invalid_token", "Not signed in",
                    "The API token is unknown, revoked, or its account is deactivated.");
        }
    }
}
