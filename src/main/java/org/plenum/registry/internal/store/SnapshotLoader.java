package org.plenum.registry.internal.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads every entity and every fact (superseded ones too) into a new immutable snapshot. */
@Component
class SnapshotLoader {

    private final JdbcTemplate jdbc;
    /** The entity types to load: all but in a one-off command that needs fewer ({@code plenum.snapshot.entity-types}). */
    private final Set<EntityType> types;

    SnapshotLoader(JdbcTemplate jdbc, @Value("${plenum.snapshot.entity-types:}") String types) {
        this.jdbc = jdbc;
        this.types = types.isBlank() ? EnumSet.allOf(EntityType.class) : Arrays.stream(types.split(","))
                .map(String::strip).map(EntityTypes::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityType.class)));
    }

    /** The publication sequence number the database is at (0 when empty). */
    long latestPublication() {
        Long seq = jdbc.queryForObject("select max(seq) from publication", Long.class);
        return seq == null ? 0 : seq;
    }

    @Transactional(readOnly = true)
    Snapshot load() {
        long publication = latestPublication();
        Instant publishedAt = publication == 0 ? Instant.EPOCH
                : jdbc.queryForObject("select published_at from publication where seq = ?", Timestamp.class, publication).toInstant();

        Map<EntityRef, Optional<EntityRef>> parents = new HashMap<>();
        Map<EntityRef, Instant> recordedAt = new HashMap<>();
        String ofTypes = types.size() == EntityType.values().length ? "" : " and entity_type in ("
                + String.join(",", types.stream().map(t -> "'" + t.id() + "'").toList()) + ")";
        jdbc.query("select entity_type, code, parent_type, parent_code, recorded_at from entity where recorded_in <= ?" + ofTypes, rs -> {
            EntityRef ref = new EntityRef(EntityTypes.of(rs.getString(1)), rs.getString(2));
            parents.put(ref, rs.getString(3) == null ? Optional.empty()
                    : Optional.of(new EntityRef(EntityTypes.of(rs.getString(3)), rs.getString(4))));
            recordedAt.put(ref, rs.getTimestamp(5).toInstant());
        }, publication);

        Map<EntityRef, Map<String, List<StoredFact>>> facts = new HashMap<>();
        jdbc.query("select id, entity_type, entity_code, field, valid_from, valid_to, value_text, missing_reason, annotation,"
                + " source, recorded_at, superseded_at, superseded_in from fact where recorded_in <= ?" + ofTypes, rs -> {
            EntityRef ref = new EntityRef(EntityTypes.of(rs.getString(2)), rs.getString(3));
            String value = rs.getString(7);
            Timestamp supersededAt = rs.getTimestamp(12);
            long supersededIn = rs.getLong(13);
            boolean superseded = supersededAt != null && supersededIn <= publication;
            StoredFact fact = new StoredFact(rs.getLong(1), rs.getString(4),
                    Optional.ofNullable(rs.getDate(5)).map(Date::toLocalDate),
                    Optional.ofNullable(rs.getDate(6)).map(Date::toLocalDate),
                    value != null ? FactValue.of(value) : FactValue.missing(rs.getString(8)),
                    rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
                    superseded ? Optional.of(supersededAt.toInstant()) : Optional.empty());
            facts.computeIfAbsent(ref, r -> new HashMap<>()).computeIfAbsent(fact.field(), f -> new ArrayList<>()).add(fact);
        }, publication);

        Map<EntityType, NavigableMap<String, EntityRecord>> byType = new EnumMap<>(EntityType.class);
        Map<EntityRef, List<EntityRef>> children = new HashMap<>();
        parents.forEach((ref, parent) -> {
            byType.computeIfAbsent(ref.type(), t -> new TreeMap<>())
                    .put(ref.code(), new EntityRecord(ref, parent, recordedAt.get(ref), facts.getOrDefault(ref, Map.of())));
            parent.ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(ref));
        });
        children.values().forEach(list -> list.sort(java.util.Comparator.comparing(EntityRef::code)));
        return new Snapshot(publication, publishedAt, byType, children, types);
    }
}
