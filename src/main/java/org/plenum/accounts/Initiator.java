package org.plenum.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks for an account change and from where: a signed-in person (whose role limits what they may do), or the
 * operator on the command line ({@code cli:<os user>}, who may do anything: they own the server).
 */
public record Initiator(Optional<Actor> actor, String auditName, String origin) {

    public Initiator {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(auditName, "auditName");
        Objects.requireNonNull(origin, "origin");
    }

    public static Initiator person(Actor actor, String origin) {
        return new Initiator(Optional.of(actor), actor.auditName(), origin);
    }

    public static Initiator commandLine() {
        return new Initiator(Optional.empty(), "cli:" + System.getProperty("user.name", "unknown"), "cli");
    }

    /** Whether this initiator may create, rebind or deactivate an account of that role. */
    public boolean mayManage(Role role) {
        return actor.map(a -> a.mayAdminister() || (a.mayReview() && role == Role.CORRESPONDENT)).orElse(true);
    }
}
