package org.plenum.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.Taxonomy;
import org.plenum.registry.TimedValue;
import org.plenum.web.BadPageRequestException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compare tool: any chamber field for a set of chambers (by IPU region or sub-region, income group, structure
 * of parliament and chamber type, or by hand) over a range of years. It reads Parline's query names
 * ({@link CompareQuery}); its file download is the compare export of {@code exchange} over the same chambers.
 *
 * <p>The chambers are those that exist today, as in IPU's compare files (not an abolished chamber, not one of a
 * former country); a chamber's value of a year is the value it had last in that year, as published at the
 * record time asked for.
 */
@Service
public class CompareTool {

    public static final String DEFAULT_FIELD = "current_women_percent";
    private static final Pattern CHAMBER = Pattern.compile("[A-Z]{2}-(LC01|UC02)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Map<String, String>> MISSING = Map.of(
            FactValue.NO_INFORMATION, Map.of("en", FactValue.NO_INFORMATION, "fr", "Information non disponible"),
            FactValue.NOT_APPLICABLE, Map.of("en", FactValue.NOT_APPLICABLE, "fr", "Sans objet"));

    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;

    public CompareTool(PublishedRegistry registry, FieldCatalogue catalogue) {
        this.registry = registry;
        this.catalogue = catalogue;
    }

    /** The chamber fields one can compare, in catalogue order. */
    public List<Field> fields() {
        return catalogue.fields(EntityType.CHAMBER);
    }

    /** The terms of a taxonomy ({@code ipu_region}, {@code ipu_subregion}, {@code income_group}). */
    public List<Taxonomy.Term> terms(String taxonomy) {
        return catalogue.taxonomy(taxonomy).map(Taxonomy::terms).orElse(List.of());
    }

    /** Reads and checks the query string; a bad value is a 400 naming its parameter. */
    public CompareQuery parse(PageQuery query) {
        String chart = query.text("chart").orElse("table");
        if (!CompareQuery.CHARTS.contains(chart)) {
            throw new BadPageRequestException("chart", "'chart' is one of " + String.join(", ",
                    CompareQuery.CHARTS) + "; it is '" + chart + "'.");
        }
        String field = query.text("field").orElse(DEFAULT_FIELD);
        if (catalogue.field(EntityType.CHAMBER, field).isEmpty()) {
            throw new BadPageRequestException("field", "'" + field + "' is not a chamber field of the "
                    + "data dictionary (/data-dictionary).");
        }
        Optional<String> region = term(query, "region", "ipu_region");
        Optional<String> subRegion = term(query, "sub_region", "ipu_subregion");
        Optional<String> income = term(query, "income_group", "income_group");
        String structure = query.text("structure").orElse("any__any");
        String[] parts = switch (structure) {
            case "any" -> new String[] {"any", "any"};
            case "lower" -> new String[] {"any", "lower_chamber"};
            case "upper" -> new String[] {"any", "upper_chamber"};
            default -> structure.split("__", -1);
        };
        if (parts.length != 2 || !CompareQuery.PARLIAMENTS.contains(parts[0]) || !CompareQuery.CHAMBER_TYPES.contains(parts[1])) {
            throw new BadPageRequestException("structure", "'structure' is <parliament>__<chamber> "
                    + "with <parliament> one of " + String.join(", ", CompareQuery.PARLIAMENTS) + " and <chamber> one of "
                    + String.join(", ", CompareQuery.CHAMBER_TYPES) + " (e.g. any__upper_chamber); it is '" + structure + "'.");
        }
        List<String> chambers = query.list("chambers");
        Snapshot snapshot = registry.current();
        for (String code : chambers) {
            if (!CHAMBER.matcher(code).matches() || snapshot.get(EntityRef.chamber(code)).isEmpty()) {
                throw new BadPageRequestException("chambers", "'chambers' lists chamber codes such as "
                        + "ES-LC01,ES-UC02; there is no chamber '" + code + "'.");
            }
        }
        int thisYear = Year.now().getValue();
        OptionalInt to = query.number("year_to", 1900, thisYear);
        OptionalInt from = query.number("year_from", 1900, thisYear);
        int yearTo = to.orElse(thisYear);
        int yearFrom = from.orElse(chart.equals("map") || chart.equals("bar") ? yearTo : Math.max(1900, yearTo - 9));
        if (yearFrom > yearTo) {
            throw new BadPageRequestException(from.isPresent() ? "year_from" : "year_to",
                    "'year_from' (" + yearFrom + ") is after 'year_to' (" + yearTo + ").");
        }
        if (yearTo - yearFrom + 1 > CompareQuery.MAX_YEARS) {
            throw new BadPageRequestException("year_from", "A comparison covers at most "
                    + CompareQuery.MAX_YEARS + " years; " + yearFrom + " to " + yearTo + " is " + (yearTo - yearFrom + 1) + ".");
        }
        return new CompareQuery(chart, field, region, subRegion, income, parts[0], parts[1], chambers, yearFrom, yearTo);
    }

    private Optional<String> term(PageQuery query, String name, String taxonomy) {
        Optional<String> id = query.text(name).filter(v -> !v.equals("0") && !v.equals("any"));
        if (id.isPresent() && catalogue.taxonomy(taxonomy).flatMap(t -> t.term(id.get())).isEmpty()) {
            throw new BadPageRequestException(name, "Unknown " + name.replace('_', ' ') + " '" + id.get()
                    + "'; the values are 0 (any), " + String.join(", ", terms(taxonomy).stream().map(Taxonomy.Term::id).toList()) + ".");
        }
        return id;
    }

    /** The codes of the chambers the query chooses, by country name then code, as published now. */
    public List<String> chamberCodes(CompareQuery query) {
        return chambers(registry.current(), query, EntityRecord.LATEST).stream().map(EntityRecord::code).toList();
    }

    /** The comparison, as published at {@code knownAt}. */
    public CompareResult compare(CompareQuery query, Instant knownAt) {
        Snapshot snapshot = registry.current();
        Field field = catalogue.field(EntityType.CHAMBER, query.field()).orElseThrow();
        List<Integer> years = new ArrayList<>();
        for (int y = query.yearFrom(); y <= query.yearTo(); y++) {
            years.add(y);
        }
        List<CompareResult.Row> rows = new ArrayList<>();
        for (EntityRecord chamber : chambers(snapshot, query, knownAt)) {
            List<TimedValue> steps = chamber.timeline(field.id(), knownAt);
            List<Optional<CompareResult.Value>> values = new ArrayList<>();
            for (int year : years) {
                values.add(TimedValue.lastIn(steps, year).map(step -> value(field, step)));
            }
            String country = country(chamber.code());
            rows.add(new CompareResult.Row(country, chamber.code(), names(snapshot.get(EntityRef.country(country))
                    .flatMap(c -> c.latest("country_name", knownAt)), country),
                    names(chamber.latest("chamber_name", knownAt), chamber.code()), values));
        }
        return new CompareResult(query, field, years, rows);
    }

    private List<EntityRecord> chambers(Snapshot snapshot, CompareQuery query, Instant knownAt) {
        Set<String> byHand = new LinkedHashSet<>(query.chambers());
        List<EntityRecord> chosen = new ArrayList<>();
        for (EntityRecord chamber : snapshot.all(EntityType.CHAMBER)) {
            String code = chamber.code();
            if (!CHAMBER.matcher(code).matches() || !chamber.knownAt(knownAt) || abolished(chamber, knownAt)) {
                continue;
            }
            if (!byHand.isEmpty()) {
                if (byHand.contains(code)) {
                    chosen.add(chamber);
                }
                continue;
            }
            String country = country(code);
            Optional<EntityRecord> countryRecord = snapshot.get(EntityRef.country(country));
            if (countryRecord.isEmpty()
                    || !matches(countryRecord.get(), "region", query.region(), knownAt)
                    || !matches(countryRecord.get(), "sub_region", query.subRegion(), knownAt)
                    || !matches(countryRecord.get(), "income_group", query.incomeGroup(), knownAt)) {
                continue;
            }
            boolean bicameral = bicameral(snapshot, country, knownAt);
            boolean structureFits = switch (query.parliament()) {
                case "unicameral" -> !bicameral;
                case "bicameral" -> bicameral;
                default -> true;
            };
            if (structureFits && query.chamberTypeAccepts(code, bicameral)) {
                chosen.add(chamber);
            }
        }
        Map<String, String> names = new java.util.HashMap<>();
        for (EntityRecord chamber : chosen) {
            String country = country(chamber.code());
            names.computeIfAbsent(country, c -> names(snapshot.get(EntityRef.country(c))
                    .flatMap(r -> r.latest("country_name", knownAt)), c).get("en"));
        }
        chosen.sort(Comparator.comparing((EntityRecord c) -> names.get(country(c.code()))).thenComparing(EntityRecord::code));
        return chosen;
    }

    private static boolean matches(EntityRecord country, String field, Optional<String> wanted, Instant knownAt) {
        return wanted.isEmpty() || present(country.latest(field, knownAt)).filter(wanted.get()::equals).isPresent();
    }

    /** A chamber whose latest count says "Not applicable" no longer exists (decision 0018). */
    private static boolean abolished(EntityRecord chamber, Instant knownAt) {
        return chamber.latest("current_members_number", knownAt).map(TimedValue::value)
                .filter(v -> v instanceof FactValue.Missing m && m.reason().equals(FactValue.NOT_APPLICABLE)).isPresent();
    }

    private static boolean bicameral(Snapshot snapshot, String country, Instant knownAt) {
        Optional<String> recorded = snapshot.get(EntityRef.parliament(country))
                .flatMap(p -> present(p.latest("structure_of_parliament", knownAt)));
        return recorded.map("bicameral"::equals)
                .orElseGet(() -> snapshot.get(EntityRef.chamber(country + "-UC02")).filter(c -> !abolished(c, knownAt)).isPresent());
    }

    private CompareResult.Value value(Field field, TimedValue step) {
        Optional<String> from = step.from().map(LocalDate::toString);
        if (step.value() instanceof FactValue.Missing missing) {
            return new CompareResult.Value(MISSING.getOrDefault(missing.reason(), Map.of("en", missing.reason(),
                    "fr", missing.reason())), Optional.empty(), true, from);
        }
        String text = ((FactValue.Present) step.value()).value();
        Map<String, String> shown = switch (field.dataType()) {
            case TAXONOMY_TERM -> field.taxonomy().flatMap(catalogue::taxonomy).flatMap(t -> t.term(text))
                    .map(Taxonomy.Term::label).orElse(Map.of("en", text, "fr", text));
            case TRANSLATED_TEXT -> names(Optional.of(step), text);
            case BOOLEAN -> text.equals("true") ? Map.of("en", "Yes", "fr", "Oui") : Map.of("en", "No", "fr", "Non");
            default -> Map.of("en", text, "fr", text);
        };
        Optional<BigDecimal> number = Optional.empty();
        if (field.dataType() == DataType.INTEGER || field.dataType() == DataType.DECIMAL) {
            try {
                number = Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                number = Optional.empty();
            }
        }
        return new CompareResult.Value(shown, number, false, from);
    }

    private static String country(String chamberCode) {
        return chamberCode.substring(0, chamberCode.indexOf('-'));
    }

    private static Optional<String> present(Optional<TimedValue> step) {
        return step.map(TimedValue::value).filter(FactValue.Present.class::isInstance).map(v -> ((FactValue.Present) v).value());
    }

    /** A translated text ({@code {"en": …, "fr": …}}) by language; the fallback when there is none. */
    public static Map<String, String> names(Optional<TimedValue> value, String fallback) {
        Optional<String> text = present(value);
        if (text.isEmpty()) {
            return Map.of("en", fallback, "fr", fallback);
        }
        if (!text.get().startsWith("{")) {
            return Map.of("en", text.get(), "fr", text.get());
        }
        JsonNode node = JSON.readTree(text.get());
        String english = node.has("en") ? node.get("en").asString() : fallback;
        String french = node.has("fr") && !node.get("fr").asString().isBlank() ? node.get("fr").asString() : english;
        return Map.of("en", english, "fr", french);
    }
}
