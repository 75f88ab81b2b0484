package org.plenum.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;

/** An account as stored (table {@code account} and its bindings). */
public record Account(long id, String username, String displayName, Role role, boolean active, String language,
                      Optional<String> passwordHash, int failedLogins, Optional<Instant> lockedUntil,
                      Set<String> parliaments, Set<String> chambers, Instant createdAt) {

    public Account {
        parliaments = Set.copyOf(parliaments);
        chambers = Set.copyOf(chambers);
    }

    public Actor actor() {
        return new Actor(id, username, displayName, role, parliaments, chambers);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /** The bindings as shown: parliaments then chambers, comma-separated. */
    public String bindings() {
        java.util.List<String> all = new java.util.ArrayList<>(new java.util.TreeSet<>(parliaments));
        all.addAll(new java.util.TreeSet<>(chambers));
        return String.join(", ", all);
    }
}
