package org.plenum.stats.youth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds snapshots for the tests: by hand (synthetic), or from an EveryPolitician file read here, independently of the importer. */
final class TestSnapshots {

    private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<EntityRef, Map<String, List<StoredFact>>> facts = new HashMap<>();
    private long ids;

    TestSnapshots fact(EntityRef entity, String field, LocalDate from, LocalDate to, String value) {
        facts.computeIfAbsent(entity, e -> new HashMap<>()).computeIfAbsent(field, f -> new ArrayList<>())
                .add(new StoredFact(++ids, field, Optional.ofNullable(from), Optional.ofNullable(to), FactValue.of(value), "",
                        "test", RECORDED, Optional.empty()));
        return this;
    }

    TestSnapshots always(EntityRef entity, String field, String value) {
        return fact(entity, field, null, null, value);
    }

    Snapshot build() {
        Map<EntityType, NavigableMap<String, EntityRecord>> byType = new EnumMap<>(EntityType.class);
        facts.forEach((ref, fields) -> byType.computeIfAbsent(ref.type(), t -> new TreeMap<>())
                .put(ref.code(), new EntityRecord(ref, Optional.empty(), RECORDED, fields)));
        return new Snapshot(1, RECORDED, byType, Map.of());
    }

    static EntityRef person(String code) {
        return new EntityRef(EntityType.PERSON, code);
    }

    /**
     * Liechtenstein's Landtag from EveryPolitician's real file, read here without the importer: each person's
     * birth date, and each membership from its legislative period's start (its end_date, or the period's end).
     */
    static Snapshot liechtenstein() {
        JsonNode root;
        try (InputStream in = TestSnapshots.class.getResourceAsStream(
                "/dataset/everypolitician/Liechtenstein-Landtag-ep-popolo-v1.0.json")) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> periods = new HashMap<>();
        for (JsonNode event : root.get("events")) {
            if (event.get("classification").asString().equals("legislative period")) {
                periods.put(event.get("id").asString(), event);
            }
        }
        TestSnapshots snapshot = new TestSnapshots();
        for (JsonNode person : root.get("persons")) {
            if (person.has("birth_date")) {
                snapshot.always(person("EP-" + person.get("id").asString()), "birth_date", person.get("birth_date").asString());
            }
        }
        for (JsonNode membership : root.get("memberships")) {
            JsonNode period = periods.get(membership.get("legislative_period_id").asString());
            JsonNode end = membership.has("end_date") ? membership.get("end_date") : period.get("end_date");
            snapshot.fact(person("EP-" + membership.get("person_id").asString()), "chamber_membership",
                    LocalDate.parse(period.get("start_date").asString()), end == null ? null : LocalDate.parse(end.asString()),
                    "LI-LC01");
        }
        return snapshot.build();
    }
}
