package org.plenum.accounts.internal;

import java.util.Arrays;
import java.util.List;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The {@code Authentication} of a signed-in actor, by form or by token: the {@link Actor} is the principal, and the
 * authorities are {@code ROLE_<role>} for the actor's role and every role it includes (an admin is also an editor and
 * a correspondent), so that URL rules say {@code hasRole("EDITOR")} for "at least an editor".
 */
public final class ActorAuthentication {

    private ActorAuthentication() {
    }

    public static UsernamePasswordAuthenticationToken of(Actor actor) {
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities(actor.role()));
    }

    public static List<GrantedAuthority> authorities(Role role) {
        return Arrays.stream(Role.values()).filter(role::includes)
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
