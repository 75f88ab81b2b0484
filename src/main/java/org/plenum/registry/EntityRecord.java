package org.plenum.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entity in a snapshot, with every fact ever recorded about it (superseded ones included), so
 * that both "what was true on date D" and "what had been published at time T" can be answered.
 */
public final class EntityRecord {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Record time meaning "everything published so far". */
    public static final Instant LATEST = Instant.MAX;

    private static final Comparator<StoredFact> BY_VALID_FROM = Comparator
            .comparing((StoredFact f) -> f.validFrom().orElse(LocalDate.MIN))
            .thenComparingLong(StoredFact::id);

    private final EntityRef ref;
    private final Optional<EntityRef> parent;
    private final Instant recordedAt;
    private final Map<String, List<StoredFact>> factsByField;
    private final Map<String, List<TimedValue>> latestTimelines = new ConcurrentHashMap<>();

    public EntityRecord(EntityRef ref, Optional<EntityRef> parent, Instant recordedAt, Map<String, List<StoredFact>> factsByField) {
        this.ref = ref;
        this.parent = parent;
        this.recordedAt = recordedAt;
        Map<String, List<StoredFact>> sorted = new java.util.HashMap<>();
        factsByField.forEach((field, facts) -> {
            List<StoredFact> copy = new ArrayList<>(facts);
            copy.sort(BY_VALID_FROM);
            sorted.put(field, List.copyOf(copy));
        });
        this.factsByField = Map.copyOf(sorted);
    }

    public EntityRef ref() {
        return ref;
    }

    public String code() {
        return ref.code();
    }

    public Optional<EntityRef> parent() {
        return parent;
    }

    /** When Plenum recorded this entity (its record time). */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** Whether Plenum had published this entity at {@code knownAt}. */
    public boolean knownAt(Instant knownAt) {
        return !recordedAt.isAfter(knownAt);
    }

    /** Fields that have at least one recorded fact. */
    public Set<String> recordedFields() {
        return factsByField.keySet();
    }

    /** Every fact recorded for the field, superseded ones included, by start of valid time. */
    public List<StoredFact> facts(String field) {
        return factsByField.getOrDefault(field, List.of());
    }

    /**
     * The field's history as it had been published at {@code knownAt}: steps in valid-time order. A
     * fact without an explicit end lasts until the next one starts. Computed fields are computed
     * here from the fields they depend on.
     */
    public List<TimedValue> timeline(String field, Instant knownAt) {
        if (knownAt.equals(LATEST)) {
            return latestTimelines.computeIfAbsent(field, f -> computeTimeline(f, LATEST));
        }
        return computeTimeline(field, knownAt);
    }

    /** The value true on {@code asOf} as published at {@code knownAt}. */
    public Optional<TimedValue> valueAt(String field, LocalDate asOf, Instant knownAt) {
        for (TimedValue step : timeline(field, knownAt)) {
            if (step.covers(asOf)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The value of the most recent step of the field's history, when it is a value (not a missing reason). */
    public Optional<String> latestValue(String field, Instant knownAt) {
        return latest(field, knownAt).flatMap(step -> step.value() instanceof FactValue.Present present
                ? Optional.of(present.value()) : Optional.empty());
    }

    /**
     * The latest value of a translated-text field ({@code {"en": …, "fr": …}}) in {@code language}, else in English;
     * a value that is not such a document as it is.
     */
    public Optional<String> text(String field, String language, Instant knownAt) {
        return latestValue(field, knownAt).map(json -> {
            try {
                JsonNode node = JSON.readTree(json);
                JsonNode text = node.path(language);
                return text.isString() ? text.asString() : node.path("en").asString(json);
            } catch (JacksonException e) {
                return json;
            }
        });
    }

    /** The most recent step of the field's history (the current value of a field that is still true). */
    public Optional<TimedValue> latest(String field, Instant knownAt) {
        List<TimedValue> steps = timeline(field, knownAt);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    private List<TimedValue> computeTimeline(String field, Instant knownAt) {
        return ComputedFields.isComputed(field)
                ? ComputedFields.timeline(this, field, knownAt)
                : recordedTimeline(field, knownAt);
    }

    /**
     * Whether {@code next} only repeats {@code previous}: the same value and annotation, starting the day after
     * it ends. Such steps are shown as one, with the source that first stated the value.
     */
    private static boolean continues(TimedValue previous, TimedValue next) {
        return previous.value().equals(next.value()) && previous.annotation().equals(next.annotation())
                && previous.to().isPresent() && next.from().isPresent() && previous.to().get().plusDays(1).equals(next.from().get());
    }

    List<TimedValue> recordedTimeline(String field, Instant knownAt) {
        List<StoredFact> visible = new ArrayList<>();
        for (StoredFact fact : facts(field)) {
            if (fact.knownAt(knownAt)) {
                visible.add(fact);
            }
        }
        List<TimedValue> steps = new ArrayList<>(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            StoredFact fact = visible.get(i);
            Optional<LocalDate> end = fact.validTo();
            if (i + 1 < visible.size() && visible.get(i + 1).validFrom().isPresent()) {
                LocalDate dayBeforeNext = visible.get(i + 1).validFrom().get().minusDays(1);
                if (end.isEmpty() || end.get().isAfter(dayBeforeNext)) {
                    end = Optional.of(dayBeforeNext);
                }
            }
            if (fact.validFrom().isPresent() && end.isPresent() && end.get().isBefore(fact.validFrom().get())) {
                continue;
            }
            TimedValue step = new TimedValue(fact.validFrom(), end, fact.value(), fact.annotation(), fact.source());
            int last = steps.size() - 1;
            if (last >= 0 && continues(steps.get(last), step)) {
                TimedValue previous = steps.get(last);
                steps.set(last, new TimedValue(previous.from(), end, previous.value(), previous.annotation(), previous.source()));
            } else {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }
}
