package org.plenum.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;

/**
 * A small in-memory registry for unit tests. SYNTHETIC DATA: the countries ({@code XA}…), their parliaments and
 * populations are made up to make the arithmetic easy to check by hand; the real data are tested in
 * {@code org.plenum.it}. Shared by the unit tests of the statistics.
 */
public final class SyntheticRegistry implements PublishedRegistry {

    public static final Instant RECORDED = Instant.parse("2024-01-01T00:00:00Z");

    private final Map<EntityRef, Optional<EntityRef>> parents = new LinkedHashMap<>();
    private final Map<EntityRef, Map<String, List<StoredFact>>> facts = new HashMap<>();
    private long nextId = 1;

    public SyntheticRegistry country(String code, String m49, String region) {
        EntityRef country = EntityRef.country(code);
        parents.put(country, Optional.empty());
        fact(country, "country_name", null, "{\"en\":\"Country " + code + "\"}");
        fact(country, "m49_code", null, m49);
        if (region != null) {
            fact(country, "region", null, region);
        }
        parents.put(EntityRef.parliament(code), Optional.of(country));
        return this;
    }

    public SyntheticRegistry chamber(String code) {
        String country = code.substring(0, code.indexOf('-'));
        parents.put(EntityRef.chamber(code), Optional.of(EntityRef.parliament(country)));
        return this;
    }


    public SyntheticRegistry counts(String chamber, LocalDate from, long members, long women) {
        fact(EntityRef.chamber(chamber), "current_members_number", from, Long.toString(members));
        fact(EntityRef.chamber(chamber), "current_women_number", from, Long.toString(women));
        return this;
    }

    public SyntheticRegistry fact(EntityRef entity, String field, LocalDate from, String value) {
        return fact(entity, field, from, FactValue.of(value));
    }

    public SyntheticRegistry fact(EntityRef entity, String field, LocalDate from, FactValue value) {
        facts.computeIfAbsent(entity, k -> new HashMap<>()).computeIfAbsent(field, k -> new ArrayList<>())
                .add(new StoredFact(nextId++, field, Optional.ofNullable(from), Optional.empty(), value, "",
                        "synthetic.csv row " + nextId, RECORDED, Optional.empty()));
        return this;
    }

    @Override
    public Snapshot current() {
        Map<EntityType, NavigableMap<String, EntityRecord>> entities = new EnumMap<>(EntityType.class);
        Map<EntityRef, List<EntityRef>> children = new HashMap<>();
        parents.forEach((ref, parent) -> {
            entities.computeIfAbsent(ref.type(), t -> new TreeMap<>()).put(ref.code(),
                    new EntityRecord(ref, parent, RECORDED, facts.getOrDefault(ref, Map.of())));
            parent.ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(ref));
        });
        return new Snapshot(7, RECORDED, entities, children);
    }

    @Override
    public Snapshot refresh() {
        return current();
    }
}
