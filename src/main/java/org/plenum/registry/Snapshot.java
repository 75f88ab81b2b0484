package org.plenum.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * An immutable view of everything published, identified by its publication sequence number. Public
 * reads are computed from it, never from per-request SQL; a new snapshot replaces it atomically when
 * something is published.
 */
public final class Snapshot {

    private final long publication;
    private final Instant publishedAt;
    private final Map<EntityType, NavigableMap<String, EntityRecord>> entities;
    private final Map<EntityRef, List<EntityRef>> children;
    private final Set<EntityType> types;

    public Snapshot(long publication, Instant publishedAt, Map<EntityType, NavigableMap<String, EntityRecord>> entities,
                    Map<EntityRef, List<EntityRef>> children) {
        this(publication, publishedAt, entities, children, EnumSet.allOf(EntityType.class));
    }

    /**
     * A snapshot of some entity types only (a one-off command that needs no more, see
     * {@code plenum.snapshot.entity-types}): asking it for another type is an error, never an empty answer.
     */
    public Snapshot(long publication, Instant publishedAt, Map<EntityType, NavigableMap<String, EntityRecord>> entities,
                    Map<EntityRef, List<EntityRef>> children, Set<EntityType> types) {
        this.publication = publication;
        this.publishedAt = publishedAt;
        this.entities = Map.copyOf(entities);
        this.children = Map.copyOf(children);
        this.types = Set.copyOf(types);
    }

    /** The entity types this snapshot holds (all of them, but in a one-off command that needs fewer). */
    public Set<EntityType> types() {
        return types;
    }

    private void requireLoaded(EntityType type) {
        if (!types.contains(type)) {
            throw new IllegalStateException("This snapshot holds only the entity types " + types + ", not " + type
                    + " (plenum.snapshot.entity-types)");
        }
    }

    /** Sequence number of the last publication this snapshot contains (0 when nothing was published). */
    public long publication() {
        return publication;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Optional<EntityRecord> get(EntityRef ref) {
        requireLoaded(ref.type());
        NavigableMap<String, EntityRecord> ofType = entities.get(ref.type());
        return ofType == null ? Optional.empty() : Optional.ofNullable(ofType.get(ref.code()));
    }

    /**
     * A chamber as people name it: "Country: Chamber" in {@code language} (French: "Pays : Chambre"), in English where
     * the registry has no translation, the codes where it has no name.
     */
    public String chamberTitle(String chamberCode, String language) {
        String country = EntityRef.countryOf(chamberCode);
        String chamberName = get(EntityRef.chamber(chamberCode))
                .flatMap(c -> c.text("chamber_name", language, EntityRecord.LATEST)).orElse(chamberCode);
        String countryName = get(EntityRef.country(country))
                .flatMap(c -> c.text("country_name", language, EntityRecord.LATEST)).orElse(country);
        return countryName + (language.equals("fr") ? " : " : ": ") + chamberName;
    }

    /** All entities of a type, by code. */
    public Collection<EntityRecord> all(EntityType type) {
        requireLoaded(type);
        NavigableMap<String, EntityRecord> ofType = entities.get(type);
        return ofType == null ? List.of() : ofType.values();
    }

    /** The entities whose parent is {@code parent}, of the given type, by code. */
    public List<EntityRecord> children(EntityRef parent, EntityType type) {
        requireLoaded(type);
        return children.getOrDefault(parent, List.of()).stream()
                .filter(c -> c.type() == type)
                .map(c -> get(c).orElseThrow())
                .toList();
    }
}
