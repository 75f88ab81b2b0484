package org.plenum.stats.internal;

import static org.plenum.stats.internal.Fields.COUNTRY_NAME;
import static org.plenum.stats.internal.Fields.IS_FORMER_COUNTRY;
import static org.plenum.stats.internal.Fields.LOWER_SUFFIX;
import static org.plenum.stats.internal.Fields.MEMBERS;
import static org.plenum.stats.internal.Fields.REGION;
import static org.plenum.stats.internal.Fields.STRUCTURE_OF_PARLIAMENT;
import static org.plenum.stats.internal.Fields.STRUCT_PARL_STATUS;
import static org.plenum.stats.internal.Fields.SUB_REGION;
import static org.plenum.stats.internal.Fields.SUSPENDED;
import static org.plenum.stats.internal.Fields.UNICAMERAL;
import static org.plenum.stats.internal.Fields.UPPER_SUFFIX;
import static org.plenum.stats.internal.Fields.WOMEN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;
import org.plenum.registry.TimedValue;
import org.plenum.stats.ChamberFigures;
import org.plenum.stats.Standing;
import org.plenum.stats.WomenRankingRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes one month's ranking table from a snapshot, by IPU's method (see
 * {@code docs/decisions/0010-women-ranking-method.md}):
 * <ul>
 *   <li>Listed: every country that is not a former country on the date and whose lower or single chamber
 *       {@code CC-LC01} has a {@code current_members_number}, {@code current_women_number} or
 *       {@code is_suspended_chamber} value true on the date.</li>
 *   <li>Suspended ({@code is_suspended_chamber} true on the date): listed last, by name. Otherwise ranked when
 *       both counts are known (members above 0), by the share rounded as IPU does; otherwise unranked, listed
 *       after the ranked rows, by name.</li>
 *   <li>Ranks: standard competition ranking on the rounded share (1, 2, 2, 4); ties listed by the plain code-point
 *       order of the name, as IPU lists them (Cyprus before Côte d'Ivoire; decision 0010); a tied row after the
 *       first of its tie is a ditto row. Unranked and suspended rows by name in IPU's alphabetical order
 *       ({@link CountryOrder}).</li>
 *   <li>The upper chamber {@code CC-UC02} stands beside the country when it has figures true on the date and
 *       no statement since those figures were stated says that the parliament had no sitting upper chamber:
 *       the lower chamber's {@code struct_parl_status} {@code unicameral}, the parliament's
 *       {@code structure_of_parliament} {@code unicameral}, or the lower chamber suspended. A fact lasts until
 *       the next one of its field starts, so an abolished senate's last figures would otherwise stand for ever:
 *       Cuba's Senate of 1958, although IPU's workbook records Cuba's single chamber from 1976 (and, in error,
 *       as a lower chamber in 2018, which is why any such statement counts, not only the one true on the
 *       date).</li>
 * </ul>
 */
public final class MonthTableBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Names> NAMES = new ConcurrentHashMap<>();

    private record Names(String english, Optional<String> french) {
    }

    private record Candidate(String code, Names names, Standing standing, ChamberFigures lower,
                             Optional<ChamberFigures> upper, Optional<String> region, Optional<String> subRegion) {
        BigDecimal percent() {
            return lower.womenPercent().orElseThrow();
        }
    }

    private static final Comparator<Candidate> BY_NAME = Comparator
            .comparing((Candidate c) -> c.names().english(), CountryOrder.NAMES)
            .thenComparing(Candidate::code);
    /** Ties in IPU's order: by the plain code-point order of the English name (Cyprus before Côte d'Ivoire). */
    private static final Comparator<Candidate> BY_SHARE = Comparator
            .comparing(Candidate::percent, Comparator.reverseOrder())
            .thenComparing((Candidate c) -> c.names().english())
            .thenComparing(Candidate::code);

    private MonthTableBuilder() {
    }

    public static MonthTable build(Snapshot snapshot, LocalDate date, Instant knownAt) {
        List<Candidate> ranked = new ArrayList<>();
        List<Candidate> unranked = new ArrayList<>();
        List<Candidate> suspended = new ArrayList<>();
        for (EntityRecord country : snapshot.all(EntityType.COUNTRY)) {
            candidate(snapshot, country, date, knownAt).ifPresent(c -> (switch (c.standing()) {
                case RANKED -> ranked;
                case UNRANKED -> unranked;
                case SUSPENDED -> suspended;
            }).add(c));
        }
        ranked.sort(BY_SHARE);
        unranked.sort(BY_NAME);
        suspended.sort(BY_NAME);

        TreeMap<BigDecimal, Integer> countByShare = new TreeMap<>();
        ranked.forEach(c -> countByShare.merge(c.percent(), 1, Integer::sum));

        List<ListedCountry> listed = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        int dense = 0;
        for (Candidate c : ranked) {
            int position = listed.size() + 1;
            boolean tie = previous != null && previous.compareTo(c.percent()) == 0;
            if (!tie) {
                rank = position;
                dense++;
            }
            previous = c.percent();
            int higher = countByShare.tailMap(c.percent(), false).values().stream().mapToInt(Integer::intValue).sum();
            listed.add(listed(c, position, OptionalInt.of(rank), tie, OptionalInt.of(1 + higher), OptionalInt.of(dense)));
        }
        for (Candidate c : Stream.concat(unranked.stream(), suspended.stream()).toList()) {
            listed.add(listed(c, listed.size() + 1, OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty()));
        }
        return new MonthTable(date, listed);
    }

    private static ListedCountry listed(Candidate c, int position, OptionalInt rank, boolean ditto, OptionalInt trueRank,
                                        OptionalInt denseRank) {
        WomenRankingRow row = new WomenRankingRow(position, c.code(), c.names().english(), c.names().french(),
                c.standing(), rank, ditto, trueRank, denseRank, c.lower(), c.upper(), Optional.empty(), Optional.empty());
        return new ListedCountry(row, c.region(), c.subRegion());
    }

    private static Optional<Candidate> candidate(Snapshot snapshot, EntityRecord country, LocalDate date, Instant knownAt) {
        if (!country.knownAt(knownAt)
                || country.valueAt(IS_FORMER_COUNTRY, date, knownAt).map(ChamberReading::isTrue).orElse(false)) {
            return Optional.empty();
        }
        String code = country.code();
        Optional<EntityRecord> lowerRecord = known(snapshot, EntityRef.chamber(code + LOWER_SUFFIX), knownAt);
        Optional<ChamberFigures> lower = lowerRecord.flatMap(l -> ChamberReading.at(l, date, knownAt));
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        Optional<EntityRecord> parliament = known(snapshot, EntityRef.parliament(code), knownAt);
        Optional<ChamberFigures> upper = known(snapshot, EntityRef.chamber(code + UPPER_SUFFIX), knownAt)
                .filter(u -> sitting(u, lowerRecord.get(), parliament, date, knownAt) && !ended(u, date, knownAt))
                .flatMap(u -> ChamberReading.at(u, date, knownAt));
        Standing standing = lower.get().suspended() ? Standing.SUSPENDED
                : lower.get().genderBreakdownKnown() ? Standing.RANKED : Standing.UNRANKED;
        return Optional.of(new Candidate(code, names(country, date, knownAt), standing, lower.get(), upper,
                term(country, REGION, date, knownAt), term(country, SUB_REGION, date, knownAt)));
    }

    /**
     * Whether the upper chamber's figures were stated no earlier than the latest statement, by the date, that the
     * parliament had no sitting upper chamber (see the class comment).
     */
    private static boolean sitting(EntityRecord upper, EntityRecord lower, Optional<EntityRecord> parliament,
                                   LocalDate date, Instant knownAt) {
        Optional<LocalDate> figuresSince = latest(Stream.of(MEMBERS, WOMEN, SUSPENDED)
                .map(field -> ChamberReading.statedSince(upper, field, date, knownAt)));
        if (figuresSince.isEmpty()) {
            return false;
        }
        Optional<LocalDate> noUpperSince = latest(Stream.of(
                statedIf(lower, STRUCT_PARL_STATUS, UNICAMERAL, date, knownAt),
                parliament.flatMap(p -> statedIf(p, STRUCTURE_OF_PARLIAMENT, UNICAMERAL, date, knownAt)),
                statedIf(lower, SUSPENDED, "true", date, knownAt)));
        return noUpperSince.isEmpty() || !figuresSince.get().isBefore(noUpperSince.get());
    }

    /** Whether the chamber's counts are "Not applicable" on the date: it no longer exists (abolished, or its country). */
    private static boolean ended(EntityRecord chamber, LocalDate date, Instant knownAt) {
        return chamber.valueAt(MEMBERS, date, knownAt).map(TimedValue::value)
                .filter(v -> v instanceof FactValue.Missing m && m.reason().equals(FactValue.NOT_APPLICABLE)).isPresent();
    }

    /** The start of the latest fact (visible at {@code knownAt}, starting by {@code date}) stating {@code expected}. */
    private static Optional<LocalDate> statedIf(EntityRecord entity, String field, String expected, LocalDate date,
                                                Instant knownAt) {
        LocalDate latest = null;
        for (StoredFact fact : entity.facts(field)) {
            LocalDate from = fact.validFrom().orElse(LocalDate.MIN);
            if (fact.knownAt(knownAt) && !from.isAfter(date) && (latest == null || from.isAfter(latest))
                    && fact.value() instanceof FactValue.Present present && present.value().equals(expected)) {
                latest = from;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Optional<LocalDate> latest(Stream<Optional<LocalDate>> dates) {
        return dates.flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    private static Optional<EntityRecord> known(Snapshot snapshot, EntityRef ref, Instant knownAt) {
        return snapshot.get(ref).filter(e -> e.knownAt(knownAt));
    }

    private static Optional<String> term(EntityRecord country, String field, LocalDate date, Instant knownAt) {
        return country.valueAt(field, date, knownAt).map(TimedValue::value)
                .filter(FactValue.Present.class::isInstance).map(v -> ((FactValue.Present) v).value());
    }

    private static Names names(EntityRecord country, LocalDate date, Instant knownAt) {
        Optional<String> json = term(country, COUNTRY_NAME, date, knownAt);
        if (json.isEmpty()) {
            return new Names(country.code(), Optional.empty());
        }
        return NAMES.computeIfAbsent(json.get(), text -> {
            JsonNode node = JSON.readTree(text);
            JsonNode fr = node.get("fr");
            return new Names(node.get("en").asString(), fr == null ? Optional.empty() : Optional.of(fr.asString()));
        });
    }
}
