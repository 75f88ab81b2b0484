package org.plenum.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * States that an entity exists, and what it belongs to: a parliament to its country, a chamber to its
 * parliament, an election to its chamber, an election result to its election. Declaring an existing
 * entity again changes nothing.
 */
public record EntityDeclaration(EntityRef entity, Optional<EntityRef> parent) {
    public EntityDeclaration {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(parent, "parent");
    }

    public static EntityDeclaration of(EntityRef entity) {
        return new EntityDeclaration(entity, Optional.empty());
    }

    public static EntityDeclaration of(EntityRef entity, EntityRef parent) {
        return new EntityDeclaration(entity, Optional.of(parent));
    }
}
