package org.plenum.registry.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.springframework.stereotype.Component;

/**
 * What a Parline client sees beside Plenum's own fields (decision 0014): Parline's default lists (the 193 UN member
 * states, their parliaments and chambers), the values of Parline's field names that Plenum derives (codes, parents,
 * birth-date parts, seats per party), Parline's electoral-system terms, and the flat rows of parties and people.
 */
@Component
class ParlineView {

    static final String UN_MEMBERS = "/registry/un-member-states.txt";

    /** Plenum's electoral-system terms under Parline's names; the others are the same on both. */
    static final Map<String, String> ELECTORAL_SYSTEM_TERMS = Map.of(
            "proportional", "proportional_representation",
            "mixed", "mixed_system",
            "other", "other_systems");

    /** Filters on these fields name entities explicitly: they search every entity, not only Parline's default list. */
    private static final Set<String> IDENTITY_FILTERS = Set.of("id", "country_code", "parliament_code", "parliament_country",
            "parliament", "chamber_code", "is_former_country");

    private final Set<String> unMembers;

    ParlineView() {
        Set<String> codes = new TreeSet<>();
        try (InputStream in = ParlineView.class.getResourceAsStream(UN_MEMBERS)) {
            if (in == null) {
                throw new IllegalStateException(UN_MEMBERS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    codes.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + UN_MEMBERS, e);
        }
        this.unMembers = Set.copyOf(codes);
    }

    /** The term as Parline names it. */
    static String parlineTerm(String field, String term) {
        return field.equals("electoral_system") ? ELECTORAL_SYSTEM_TERMS.getOrDefault(term, term) : term;
    }

    /** Whether Parline's default list applies: to countries, parliaments and chambers, unless a filter names entities. */
    static boolean defaultListApplies(EntityType type, List<Filter> filters) {
        return (type == EntityType.COUNTRY || type == EntityType.PARLIAMENT || type == EntityType.CHAMBER)
                && filters.stream().noneMatch(f -> IDENTITY_FILTERS.contains(f.field()));
    }

    /**
     * Whether an entity is in Parline's default list: a UN member state that had not ceased to exist (on
     * {@code as_of}, or now), or a former country on an {@code as_of} before it ceased to exist; their parliaments and
     * chambers. Territories are reachable by their code, by a filter on their code or through their country.
     */
    boolean inDefaultList(EntityRecord entity, Snapshot snapshot, Optional<LocalDate> asOf, Instant knownAt) {
        Optional<EntityRecord> country = countryOf(entity, snapshot);
        if (country.isEmpty()) {
            return false;
        }
        EntityRecord c = country.get();
        Optional<TimedValue> former = asOf.isPresent() ? c.valueAt("is_former_country", asOf.get(), knownAt)
                : c.latest("is_former_country", knownAt);
        boolean formerNow = former.map(v -> v.value().equals(FactValue.of("true"))).orElse(false);
        if (formerNow) {
            return false;
        }
        return unMembers.contains(c.code()) || (asOf.isPresent() && former.isPresent());
    }

    private static Optional<EntityRecord> countryOf(EntityRecord entity, Snapshot snapshot) {
        EntityRecord current = entity;
        while (current.ref().type() != EntityType.COUNTRY) {
            Optional<EntityRecord> parent = current.parent().flatMap(snapshot::get);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        return Optional.of(current);
    }

    /**
     * The code of an entity's country when its {@code country_code} is not recorded (historical chambers): a parliament's
     * or a party's parent, a chamber's parliament (whose code is its country's). Codes, not guesses.
     */
    static Optional<String> countryCode(EntityRecord entity) {
        EntityType type = entity.ref().type();
        if (type == EntityType.PARLIAMENT || type == EntityType.CHAMBER || type == EntityType.POLITICAL_PARTY) {
            return entity.parent().map(EntityRef::code);
        }
        return Optional.empty();
    }

    int unMemberCount() {
        return unMembers.size();
    }

    /** The value of a derived Parline field (not an alias) in Parline's shape. */
    Object value(ParlineCatalogue.ParlineField field, EntityRecord entity, Snapshot snapshot, Optional<LocalDate> asOf,
                 Instant knownAt) {
        Object value = switch (field.source().kind()) {
            case CODE -> entity.code();
            case PARENT -> entity.parent().map(EntityRef::code).orElse(null);
            case BIRTH -> birthPart(entity, field.source().argument(), knownAt).map(Object.class::cast).orElse(null);
            case MEMBERSHIP_COUNTRY -> membershipCountry(entity, asOf, knownAt).orElse(null);
            case SEATS_PER_PARTIES -> seatsPerParties(entity, snapshot, knownAt);
            case NONE, ALIAS -> null;
        };
        if (field.seriesKind() == org.plenum.registry.SeriesKind.SERIES) {
            return List.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", value);
        out.put("missing_reason", null);
        out.put("annotation", null);
        return out;
    }

    /** The comparable texts of a derived Parline field (not an alias), for filters and sorting. */
    List<String> filterValues(ParlineCatalogue.ParlineField field, EntityRecord entity, Optional<LocalDate> asOf, Instant knownAt) {
        return switch (field.source().kind()) {
            case CODE -> List.of(entity.code());
            case PARENT -> entity.parent().map(p -> List.of(p.code())).orElse(List.of());
            case BIRTH -> birthPart(entity, field.source().argument(), knownAt).map(n -> List.of(Integer.toString(n))).orElse(List.of());
            case MEMBERSHIP_COUNTRY -> membershipCountry(entity, asOf, knownAt).map(List::of).orElse(List.of());
            case SEATS_PER_PARTIES, NONE, ALIAS -> List.of();
        };
    }

    /** Year, month or day of the person's birth date, when the source gives that part. */
    static Optional<Integer> birthPart(EntityRecord person, String part, Instant knownAt) {
        Optional<TimedValue> birth = person.latest("birth_date", knownAt);
        if (birth.isEmpty() || !(birth.get().value() instanceof FactValue.Present present)) {
            return Optional.empty();
        }
        String[] parts = present.value().split("-");
        int index = switch (part) {
            case "year" -> 0;
            case "month" -> 1;
            default -> 2;
        };
        if (parts.length <= index) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(parts[index]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The country of the chamber of the person's latest membership (chamber codes begin with the country's code). */
    static Optional<String> membershipCountry(EntityRecord person, Optional<LocalDate> asOf, Instant knownAt) {
        Optional<TimedValue> membership = asOf.isPresent() ? person.valueAt("chamber_membership", asOf.get(), knownAt)
                : person.latest("chamber_membership", knownAt);
        return membership.filter(m -> m.value() instanceof FactValue.Present)
                .map(m -> ((FactValue.Present) m.value()).value())
                .map(chamber -> chamber.contains("-") ? chamber.substring(0, chamber.indexOf('-')) : chamber);
    }

    /** An election's results as Parline's {@code seats_per_parties}: one entry per party, null without results. */
    static List<Map<String, Object>> seatsPerParties(EntityRecord election, Snapshot snapshot, Instant knownAt) {
        List<EntityRecord> results = snapshot.children(election.ref(), EntityType.ELECTION_RESULT);
        if (results.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> parties = new ArrayList<>();
        for (EntityRecord result : results) {
            if (!result.knownAt(knownAt)) {
                continue;
            }
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("party", text(result, "political_party", knownAt).orElse(null));
            party.put("total_number_of_seats", text(result, "seats", knownAt).map(Long::parseLong).orElse(null));
            party.put("vote_breakdown", List.of());
            party.put("votes", text(result, "votes", knownAt).map(Long::parseLong).orElse(null));
            party.put("vote_share", text(result, "vote_share", knownAt).map(java.math.BigDecimal::new).orElse(null));
            parties.add(party);
        }
        parties.sort((a, b) -> Long.compare(seats(b), seats(a)));
        return parties;
    }

    private static long seats(Map<String, Object> party) {
        return party.get("total_number_of_seats") instanceof Long n ? n : -1;
    }

    static Optional<String> text(EntityRecord entity, String field, Instant knownAt) {
        return entity.latest(field, knownAt).filter(v -> v.value() instanceof FactValue.Present)
                .map(v -> ((FactValue.Present) v.value()).value());
    }
}
