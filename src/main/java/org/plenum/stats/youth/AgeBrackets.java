package org.plenum.stats.youth;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.springframework.stereotype.Component;

/**
 * The youth figures of each chamber on a reference date, and their aggregate: the share of members aged 30 or
 * under, 40 or under and 45 or under (ages in whole years on the date), and the mean age.
 *
 * <p>A chamber with its own figures true on the date ({@code age_average} or a {@code total_younger_*_percentage})
 * is reported as such. Otherwise, if persons' {@code chamber_membership} covers the date, its figures are computed
 * from their {@code birth_date}s; see {@link ChamberAges} for who is counted and who is left out.
 */
@Component
public class AgeBrackets {

    static final String MEMBERSHIP = "chamber_membership";
    static final String BIRTH_DATE = "birth_date";
    private static final String MEMBERS = "current_members_number";

    /** The figures on {@code date} of every chamber that has some, or only of the chambers {@code chamber} accepts. */
    public AgeBracketsReport compute(Snapshot snapshot, LocalDate date, Predicate<String> chamber) {
        return compute(snapshot, date, chamber, EntityRecord.LATEST);
    }

    /** As {@link #compute(Snapshot, LocalDate, Predicate)}, from what had been published at {@code knownAt}. */
    public AgeBracketsReport compute(Snapshot snapshot, LocalDate date, Predicate<String> chamber, Instant knownAt) {
        Map<String, ChamberAges> rows = new TreeMap<>();
        for (EntityRecord record : snapshot.all(EntityType.CHAMBER)) {
            if (chamber.test(record.code()) && record.knownAt(knownAt)) {
                reported(record, date, knownAt).ifPresent(row -> rows.put(row.chamber(), row));
            }
        }
        Map<String, List<EntityRecord>> members = new TreeMap<>();
        for (EntityRecord person : snapshot.all(EntityType.PERSON)) {
            if (!person.knownAt(knownAt)) {
                continue;
            }
            present(person.valueAt(MEMBERSHIP, date, knownAt))
                    .filter(code -> chamber.test(code) && !rows.containsKey(code))
                    .ifPresent(code -> members.computeIfAbsent(code, c -> new ArrayList<>()).add(person));
        }
        members.forEach((code, persons) -> rows.put(code, computed(code, persons, date, knownAt)));
        List<ChamberAges> list = List.copyOf(rows.values());
        return new AgeBracketsReport(date, list, AgeAggregate.of(list));
    }

    private static Optional<ChamberAges> reported(EntityRecord chamber, LocalDate date, Instant knownAt) {
        Optional<BigDecimal> upTo30 = decimal(chamber, AgeAggregate.UP_TO_30, date, knownAt);
        Optional<BigDecimal> upTo40 = decimal(chamber, AgeAggregate.UP_TO_40, date, knownAt);
        Optional<BigDecimal> upTo45 = decimal(chamber, AgeAggregate.UP_TO_45, date, knownAt);
        Optional<BigDecimal> mean = decimal(chamber, AgeAggregate.MEAN, date, knownAt);
        if (upTo30.isEmpty() && upTo40.isEmpty() && upTo45.isEmpty() && mean.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt members = present(chamber.valueAt(MEMBERS, date, knownAt))
                .map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
        return Optional.of(ChamberAges.reported(chamber.code(), members, upTo30, upTo40, upTo45, mean));
    }

    private static ChamberAges computed(String chamber, List<EntityRecord> persons, LocalDate date, Instant knownAt) {
        int withoutBirthDate = 0;
        int unusable = 0;
        int known = 0;
        int upTo30 = 0;
        int upTo40 = 0;
        int upTo45 = 0;
        long ageSum = 0;
        for (EntityRecord person : persons) {
            Optional<String> birth = present(person.latest(BIRTH_DATE, knownAt));
            if (birth.isEmpty()) {
                withoutBirthDate++;
                continue;
            }
            OptionalInt age = BirthDate.parse(birth.get()).map(b -> b.ageOn(date)).orElse(OptionalInt.empty());
            if (age.isEmpty()) {
                unusable++;
                continue;
            }
            int years = age.getAsInt();
            known++;
            ageSum += years;
            upTo30 += years <= 30 ? 1 : 0;
            upTo40 += years <= 40 ? 1 : 0;
            upTo45 += years <= 45 ? 1 : 0;
        }
        return ChamberAges.computed(chamber, persons.size(), withoutBirthDate, unusable, known, upTo30, upTo40, upTo45, ageSum);
    }

    private static Optional<BigDecimal> decimal(EntityRecord chamber, String field, LocalDate date, Instant knownAt) {
        return present(chamber.valueAt(field, date, knownAt)).map(BigDecimal::new);
    }

    private static Optional<String> present(Optional<TimedValue> step) {
        return step.map(TimedValue::value).filter(FactValue.Present.class::isInstance)
                .map(v -> ((FactValue.Present) v).value());
    }
}
