package org.plenum.registry.internal.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.plenum.registry.BatchResult;
import org.plenum.registry.DataPublished;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactBatch;
import org.plenum.registry.FactStore;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.FieldValues;
import org.plenum.registry.InvalidBatchException;
import org.plenum.registry.WriterLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes batches of facts with JDBC, in one transaction each. Facts are only ever inserted, or
 * marked superseded by a later one: nothing is overwritten or deleted.
 */
@Service
class JdbcFactStore implements FactStore {

    /** Above this many fields in a batch, its current facts are read by entity type only. */
    private static final int MAX_FIELDS_IN_QUERY = 200;

    private final JdbcTemplate jdbc;
    private final FieldCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final WriterLock writerLock;

    JdbcFactStore(JdbcTemplate jdbc, FieldCatalogue catalogue, ApplicationEventPublisher events, WriterLock writerLock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
        this.writerLock = writerLock;
    }

    /** Identity of a fact: a later assertion with the same key supersedes the current one. */
    private record FactKey(EntityType type, String code, String field, Optional<LocalDate> validFrom) {
    }

    private record CurrentFact(long id, Optional<LocalDate> validTo, FactValue value, String annotation, Instant recordedAt) {
        boolean sameAs(FactAssertion assertion) {
            return validTo.equals(assertion.validTime().to()) && value.equals(assertion.value())
                    && annotation.equals(assertion.annotation());
        }
    }

    /** A fact to insert, with its record time. */
    private record NewFact(FactAssertion assertion, Instant recordedAt) {
    }

    /** A current fact that a new one replaces, at the new one's record time. */
    private record Supersession(long id, Instant at) {
    }

    private record ExistingEntity(Optional<EntityRef> parent) {
    }

    @Override
    @Transactional
    public BatchResult apply(FactBatch batch) {
        // Everything below reads what the previous writer committed: the facts it added are then "unchanged" here.
        writerLock.acquire(batch.description());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> problems = new ArrayList<>();
        List<String> rejected = new ArrayList<>();

        // Only the entity types and fields the batch names are read: a ranking file touches some hundreds of the
        // database's facts, and an import that brings nothing new should cost little more than reading its file.
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        batch.entities().forEach(d -> {
            types.add(d.entity().type());
            d.parent().ifPresent(parent -> types.add(parent.type()));
        });
        batch.facts().forEach(f -> types.add(f.entity().type()));
        Map<EntityRef, ExistingEntity> existing = loadEntities(types);
        Map<EntityRef, EntityDeclaration> newEntities = newEntities(batch, existing, problems);
        Map<FactKey, FactAssertion> assertions = validFacts(batch, existing, newEntities, rejected, problems);
        if (!problems.isEmpty()) {
            throw new InvalidBatchException(problems);
        }

        Map<FactKey, CurrentFact> current = loadCurrentFacts(assertions.keySet());
        // A batch whose source attests an earlier record time (decision 0030) is recorded then, never in the future.
        Instant recordedAt = batch.knownSince().map(t -> t.truncatedTo(ChronoUnit.MICROS)).filter(t -> t.isBefore(now)).orElse(now);
        List<NewFact> toInsert = new ArrayList<>();
        List<Supersession> toSupersede = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Map.Entry<FactKey, FactAssertion> entry : assertions.entrySet()) {
            CurrentFact current_ = current.get(entry.getKey());
            if (current_ == null) {
                added++;
                toInsert.add(new NewFact(entry.getValue(), recordedAt));
            } else if (current_.sameAs(entry.getValue())) {
                unchanged++;
            } else {
                changed++;
                // It cannot have replaced the current fact before that one was recorded.
                Instant at = current_.recordedAt().isAfter(recordedAt) ? current_.recordedAt() : recordedAt;
                toSupersede.add(new Supersession(current_.id(), at));
                toInsert.add(new NewFact(entry.getValue(), at));
            }
        }
        if (newEntities.isEmpty() && toInsert.isEmpty()) {
            return new BatchResult(OptionalLong.empty(), 0, 0, 0, unchanged, rejected);
        }

        long publication = nextPublication();
        jdbc.update("insert into publication (seq, published_at, description, entities_added, facts_added, facts_changed,"
                        + " facts_unchanged) values (?, ?, ?, ?, ?, ?, ?)",
                publication, Timestamp.from(now), truncate(batch.description(), 2000), newEntities.size(), added, changed, unchanged);
        insertEntities(newEntities.values(), publication, recordedAt, batch.description());
        jdbc.batchUpdate("update fact set superseded_at = ?, superseded_in = ? where id = ?", toSupersede, 500,
                (ps, superseded) -> {
                    ps.setTimestamp(1, Timestamp.from(superseded.at()));
                    ps.setLong(2, publication);
                    ps.setLong(3, superseded.id());
                });
        insertFacts(toInsert, publication);
        events.publishEvent(new DataPublished(publication, batch.description()));
        return new BatchResult(OptionalLong.of(publication), newEntities.size(), added, changed, unchanged, rejected);
    }

    private Map<EntityRef, EntityDeclaration> newEntities(FactBatch batch, Map<EntityRef, ExistingEntity> existing,
                                                          List<String> problems) {
        Map<EntityRef, EntityDeclaration> declared = new LinkedHashMap<>();
        for (EntityDeclaration declaration : batch.entities()) {
            EntityDeclaration earlier = declared.get(declaration.entity());
            if (earlier != null && !earlier.parent().equals(declaration.parent())) {
                problems.add(declaration.entity() + " is declared with two different parents: "
                        + earlier.parent().map(Object::toString).orElse("none") + " and "
                        + declaration.parent().map(Object::toString).orElse("none"));
            }
            declared.putIfAbsent(declaration.entity(), declaration);
        }
        Map<EntityRef, EntityDeclaration> fresh = new LinkedHashMap<>();
        for (EntityDeclaration declaration : declared.values()) {
            ExistingEntity known = existing.get(declaration.entity());
            if (known != null) {
                if (declaration.parent().isPresent() && !known.parent().equals(declaration.parent())) {
                    problems.add(declaration.entity() + " already belongs to "
                            + known.parent().map(Object::toString).orElse("nothing") + ", not to " + declaration.parent().get());
                }
                continue;
            }
            declaration.parent().ifPresent(parent -> {
                if (!existing.containsKey(parent) && !declared.containsKey(parent)) {
                    problems.add(declaration.entity() + " belongs to " + parent + ", which does not exist");
                }
            });
            fresh.put(declaration.entity(), declaration);
        }
        return fresh;
    }

    private Map<FactKey, FactAssertion> validFacts(FactBatch batch, Map<EntityRef, ExistingEntity> existing,
                                                   Map<EntityRef, EntityDeclaration> newEntities,
                                                   List<String> rejected, List<String> problems) {
        Map<FactKey, FactAssertion> byKey = new LinkedHashMap<>();
        for (FactAssertion assertion : batch.facts()) {
            Optional<Field> field = catalogue.field(assertion.entity().type(), assertion.field());
            if (field.isEmpty()) {
                rejected.add(assertion.source() + ": " + assertion.field() + " is not a field of " + assertion.entity().type().id()
                        + " in the field catalogue");
                continue;
            }
            if (assertion.value() instanceof FactValue.Present present) {
                Optional<String> problem = FieldValues.problem(field.get(), present.value(), catalogue);
                if (problem.isPresent()) {
                    rejected.add(assertion.source() + ": " + assertion.field() + " of " + assertion.entity() + ": " + problem.get());
                    continue;
                }
            }
            if (!existing.containsKey(assertion.entity()) && !newEntities.containsKey(assertion.entity())) {
                problems.add(assertion.source() + ": " + assertion.entity() + " does not exist and is not declared");
                continue;
            }
            FactKey key = new FactKey(assertion.entity().type(), assertion.entity().code(), assertion.field(),
                    assertion.validTime().from());
            FactAssertion earlier = byKey.putIfAbsent(key, assertion);
            if (earlier != null && !(earlier.value().equals(assertion.value()) && earlier.annotation().equals(assertion.annotation())
                    && earlier.validTime().equals(assertion.validTime()))) {
                problems.add("two different values for " + assertion.field() + " of " + assertion.entity() + " from "
                        + assertion.validTime().from().map(Object::toString).orElse("always") + ": " + describe(earlier.value())
                        + " (" + earlier.source() + ") and " + describe(assertion.value()) + " (" + assertion.source() + ")");
            }
        }
        return byKey;
    }

    private static String describe(FactValue value) {
        return value instanceof FactValue.Present present ? present.value() : "missing: " + ((FactValue.Missing) value).reason();
    }

    /** The entities of these types. */
    private Map<EntityRef, ExistingEntity> loadEntities(Set<EntityType> types) {
        Map<EntityRef, ExistingEntity> entities = new HashMap<>();
        if (types.isEmpty()) {
            return entities;
        }
        jdbc.query("select entity_type, code, parent_type, parent_code from entity where entity_type in (" + inList(types) + ")", rs -> {
            EntityRef ref = new EntityRef(EntityTypes.of(rs.getString(1)), rs.getString(2));
            Optional<EntityRef> parent = rs.getString(3) == null ? Optional.empty()
                    : Optional.of(new EntityRef(EntityTypes.of(rs.getString(3)), rs.getString(4)));
            entities.put(ref, new ExistingEntity(parent));
        });
        return entities;
    }

    /**
     * The current facts that may have one of these keys: those of the keys' entity types and, unless the keys name
     * very many, of their fields.
     */
    private Map<FactKey, CurrentFact> loadCurrentFacts(Set<FactKey> keys) {
        Map<FactKey, CurrentFact> facts = new HashMap<>();
        if (keys.isEmpty()) {
            return facts;
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        Set<String> fields = new TreeSet<>();
        keys.forEach(key -> {
            types.add(key.type());
            fields.add(key.field());
        });
        boolean byField = fields.size() <= MAX_FIELDS_IN_QUERY;
        jdbc.query("select id, entity_type, entity_code, field, valid_from, valid_to, value_text, missing_reason, annotation,"
                + " recorded_at from fact where superseded_at is null and entity_type in (" + inList(types) + ")"
                + (byField ? " and field in (" + String.join(",", java.util.Collections.nCopies(fields.size(), "?")) + ")" : ""), rs -> {
            Optional<LocalDate> from = Optional.ofNullable(rs.getDate(5)).map(Date::toLocalDate);
            FactKey key = new FactKey(EntityTypes.of(rs.getString(2)), rs.getString(3), rs.getString(4), from);
            String value = rs.getString(7);
            FactValue factValue = value != null ? FactValue.of(value) : FactValue.missing(rs.getString(8));
            facts.put(key, new CurrentFact(rs.getLong(1), Optional.ofNullable(rs.getDate(6)).map(Date::toLocalDate),
                    factValue, rs.getString(9), rs.getTimestamp(10).toInstant()));
        }, byField ? fields.toArray() : new Object[0]);
        return facts;
    }

    /** Entity types' ids as SQL literals (they are Plenum's own names, never input). */
    private static String inList(Set<EntityType> types) {
        return String.join(",", types.stream().map(t -> "'" + t.id() + "'").toList());
    }

    private long nextPublication() {
        Long max = jdbc.queryForObject("select max(seq) from publication", Long.class);
        return (max == null ? 0 : max) + 1;
    }

    private void insertEntities(java.util.Collection<EntityDeclaration> entities, long publication, Instant now,
                                String source) {
        jdbc.batchUpdate("insert into entity (entity_type, code, parent_type, parent_code, recorded_at, recorded_in, source)"
                + " values (?, ?, ?, ?, ?, ?, ?)", new ArrayList<>(entities), 500, (ps, e) -> {
            ps.setString(1, e.entity().type().id());
            ps.setString(2, e.entity().code());
            ps.setString(3, e.parent().map(p -> p.type().id()).orElse(null));
            ps.setString(4, e.parent().map(EntityRef::code).orElse(null));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, publication);
            ps.setString(7, truncate(source, 1000));
        });
    }

    private void insertFacts(List<NewFact> facts, long publication) {
        jdbc.batchUpdate("insert into fact (entity_type, entity_code, field, valid_from, valid_to, value_text, missing_reason,"
                + " annotation, source, recorded_at, recorded_in) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", facts, 1000, (ps, n) -> {
            FactAssertion f = n.assertion();
            ps.setString(1, f.entity().type().id());
            ps.setString(2, f.entity().code());
            ps.setString(3, f.field());
            ps.setDate(4, f.validTime().from().map(Date::valueOf).orElse(null));
            ps.setDate(5, f.validTime().to().map(Date::valueOf).orElse(null));
            ps.setString(6, f.value() instanceof FactValue.Present p ? p.value() : null);
            ps.setString(7, f.value() instanceof FactValue.Missing m ? m.reason() : null);
            ps.setString(8, f.annotation());
            ps.setString(9, truncate(f.source(), 1000));
            ps.setTimestamp(10, Timestamp.from(n.recordedAt()));
            ps.setLong(11, publication);
        });
    }

    private static String truncate(String text, int max) {
        Objects.requireNonNull(text);
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
