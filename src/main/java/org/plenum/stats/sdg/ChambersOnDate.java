package org.plenum.stats.sdg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.TimedValue;
import org.plenum.stats.SdgSeries;

/**
 * The chambers that existed on the reference date and what is known of their composition.
 *
 * <ul>
 *   <li>A chamber is {@code {CC}-LC01} (lower or single) or {@code {CC}-UC02} (upper), by the registry's codes;
 *       its country is the parent of its parliament.</li>
 *   <li>It is listed when a count of its members or women (a number or a documented absence) is valid on the date.
 *       A chamber with no count at all on the date is not listed: Plenum has nothing to say about it.</li>
 *   <li>Countries that no longer exist ({@code is_former_country}) are left out: the registry does not record when
 *       they ceased to exist, so their last counts would otherwise seem to hold for ever (the USSR's in 2025).</li>
 *   <li>An upper chamber is left out when the parliament became unicameral after its last count: the lower
 *       chamber's {@code struct_parl_status} was stated {@code unicameral} later than the upper chamber's counts
 *       (Sweden's upper house, abolished in 1970, has counts from 1968). When the upper chamber's counts are the more
 *       recent statement (Togo's senate in IPU's November 2025 ranking, after a historical record that says
 *       unicameral), the upper chamber is kept.</li>
 *   <li>A suspended chamber ({@code is_suspended_chamber}) and a documented absence of a count are listed without
 *       counts, with the reason.</li>
 *   <li>Counts last stated more than one parliamentary term ({@code parliamentary_term}, or 5 years when not
 *       recorded) before the date carry a note: a later election may be missing from Plenum.</li>
 * </ul>
 */
final class ChambersOnDate {

    static final String MEMBERS = "current_members_number";
    static final String WOMEN = "current_women_number";
    private static final int DEFAULT_TERM_YEARS = 5;

    /** The chambers found, and the former countries whose chambers were left out. */
    record Selection(List<SdgChamber> chambers, SortedSet<String> formerCountriesLeftOut) {
    }

    private ChambersOnDate() {
    }

    static Selection select(RegistryAtDate at) {
        List<SdgChamber> chambers = new ArrayList<>();
        SortedSet<String> former = new TreeSet<>();
        for (EntityRecord chamber : at.snapshot().all(EntityType.CHAMBER)) {
            if (!chamber.knownAt(at.knownAt())) {
                continue;
            }
            Optional<SdgSeries.Chamber> kind = kindOf(chamber.code());
            Optional<EntityRecord> country = at.parent(chamber).flatMap(at::parent);
            if (kind.isEmpty() || country.isEmpty()) {
                continue;
            }
            Optional<TimedValue> members = at.value(chamber, MEMBERS);
            Optional<TimedValue> women = at.value(chamber, WOMEN);
            if (members.isEmpty() && women.isEmpty()) {
                continue;
            }
            if (at.isTrue(country.get(), "is_former_country")) {
                former.add(country.get().code());
                continue;
            }
            if (members.map(TimedValue::value).filter(v -> v instanceof FactValue.Missing m
                    && m.reason().equals(FactValue.NOT_APPLICABLE)).isPresent()) {
                continue; // the chamber no longer existed (abolished, or its country ceased to exist)
            }
            if (kind.get() == SdgSeries.Chamber.UPPER && abolished(at, chamber, country.get())) {
                continue;
            }
            chambers.add(new SdgChamber(chamber, country.get(), kind.get(), composition(at, chamber, members, women),
                    notes(at, chamber)));
        }
        chambers.sort(Comparator.comparing(SdgChamber::code));
        return new Selection(List.copyOf(chambers), former);
    }

    static Optional<SdgSeries.Chamber> kindOf(String chamberCode) {
        if (chamberCode.endsWith("-LC01")) {
            return Optional.of(SdgSeries.Chamber.LOWER_OR_SINGLE);
        }
        if (chamberCode.endsWith("-UC02")) {
            return Optional.of(SdgSeries.Chamber.UPPER);
        }
        return Optional.empty();
    }

    private static boolean abolished(RegistryAtDate at, EntityRecord upper, EntityRecord country) {
        String lowerCode = upper.code().substring(0, upper.code().length() - "UC02".length()) + "LC01";
        Optional<EntityRecord> lower = at.snapshot().get(EntityRef.chamber(lowerCode));
        if (lower.isEmpty() || !at.present(lower.get(), "struct_parl_status").map("unicameral"::equals).orElse(false)) {
            return false;
        }
        Optional<LocalDate> unicameralSince = at.statedOn(lower.get(), "struct_parl_status");
        Optional<LocalDate> countedSince = latest(at.statedOn(upper, MEMBERS), at.statedOn(upper, WOMEN));
        return unicameralSince.isPresent() && (countedSince.isEmpty() || unicameralSince.get().isAfter(countedSince.get()));
    }

    private static SdgChamber.Composition composition(RegistryAtDate at, EntityRecord chamber,
                                                      Optional<TimedValue> members, Optional<TimedValue> women) {
        List<String> sources = new ArrayList<>();
        members.ifPresent(m -> sources.add(m.source()));
        women.filter(w -> !sources.contains(w.source())).ifPresent(w -> sources.add(w.source()));
        if (at.isTrue(chamber, "is_suspended_chamber")) {
            return new SdgChamber.Unknown("the chamber is suspended", sources);
        }
        if (members.isEmpty() || women.isEmpty()) {
            return new SdgChamber.Unknown("no count of " + (members.isEmpty() ? "members" : "women")
                    + " is valid on the reference date", sources);
        }
        for (TimedValue step : List.of(members.get(), women.get())) {
            if (step.value() instanceof FactValue.Missing missing) {
                return new SdgChamber.Unknown((step == members.get() ? "members" : "women") + ": " + missing.reason()
                        + (step.annotation().isEmpty() ? "" : " (" + step.annotation() + ")"), sources);
            }
        }
        long memberCount = Long.parseLong(((FactValue.Present) members.get().value()).value());
        long womenCount = Long.parseLong(((FactValue.Present) women.get().value()).value());
        if (memberCount == 0) {
            return new SdgChamber.Unknown("the chamber has no members", sources);
        }
        LocalDate statedOn = latest(at.statedOn(chamber, MEMBERS), at.statedOn(chamber, WOMEN)).orElse(at.asOf());
        return new SdgChamber.Counted(memberCount, womenCount, statedOn, sources);
    }

    private static List<String> notes(RegistryAtDate at, EntityRecord chamber) {
        Optional<LocalDate> statedOn = latest(at.statedOn(chamber, MEMBERS), at.statedOn(chamber, WOMEN));
        if (statedOn.isEmpty()) {
            return List.of();
        }
        Optional<Integer> recordedTerm = at.present(chamber, "parliamentary_term").map(Integer::parseInt);
        int term = recordedTerm.orElse(DEFAULT_TERM_YEARS);
        if (statedOn.get().plusYears(term).isBefore(at.asOf())) {
            return List.of("the latest counts Plenum holds were stated on " + statedOn.get() + ", more than one "
                    + "parliamentary term (" + term + " years" + (recordedTerm.isEmpty() ? ", assumed" : "")
                    + ") before the reference date: a later election may be missing from Plenum");
        }
        return List.of();
    }

    private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
