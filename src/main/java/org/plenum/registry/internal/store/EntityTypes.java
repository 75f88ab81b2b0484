package org.plenum.registry.internal.store;

import org.plenum.registry.EntityType;

/** Reads entity types as the database stores them ({@link EntityType#id()}). */
final class EntityTypes {
    private EntityTypes() {
    }

    static EntityType of(String id) {
        return EntityType.byId(id).orElseThrow(() -> new IllegalStateException("unknown entity type in database: " + id));
    }
}
