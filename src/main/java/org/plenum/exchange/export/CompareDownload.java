package org.plenum.exchange.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any chamber field for chosen chambers over a range of years, in IPU's "compare" layout (ISO Code, Country,
 * Chamber, Status, the value column named after the field's label, Year, date_from, date_to, Notes, Structure,
 * Chamber type), the layout {@code ipu-compare} reads, with IPU's conventions: 15 records before the header (14
 * metadata lines, the {@code API URL} among them, and a record holding a newline), Notes empty, one interval per
 * value (a change of annotation or source alone starts none), and every current chamber of the structure each year:
 * a chamber without a value that year gets IPU's row "No information available" with {@code -} for the dates and
 * the chamber type. Chambers that no longer exist (abolished: their latest count is "Not applicable") and former
 * countries are left out, as IPU's files leave them out.
 *
 * <p>IPU's compare file of a year gives, per chamber, the value the chamber had last in that year with its whole
 * validity interval ({@code date_from}, {@code date_to}; {@code -} for a value still true), and leaves Year empty.
 * The file of a range of years is IPU's files of those years in one: per chamber, the value it had last in each
 * year, a value that was the last of several years given once, Year empty as IPU prints it (the interval says
 * when the value held). Status is "Suspended" when the chamber was suspended at the start of the interval.
 * Structure and Chamber type: Bicameral or Unicameral from the parliament's {@code structure_of_parliament}, or
 * from whether the parliament has an upper chamber when that is not recorded. Former countries (four-letter codes,
 * {@code docs/decisions/0003}) are left out: the layout's ISO Code is a current ISO 3166 code.
 */
final class CompareDownload {

    static final String REPORT = "compare";
    static final List<String> COLUMNS_BEFORE = List.of("ISO Code", "Country", "Chamber", "Status");
    static final List<String> COLUMNS_AFTER = List.of("Year", "date_from", "date_to", "Notes", "Structure", "Chamber type");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The chambers asked for, as the Structure metadata line describes them, and the test of a chamber code. */
    record Chambers(String description, Predicate<String> test) {
    }

    /** A chamber's row of one year: its value's step, or none (the chamber had no value that year). */
    private record Row(EntityRecord chamber, Optional<TimedValue> step, int year) {
    }

    private CompareDownload() {
    }

    static Download of(Snapshot snapshot, Field field, Chambers chambers, int fromYear, int toYear, String query,
                       Provenance provenance, ExportFormat format) {
        String label = field.label().getOrDefault("en", field.id());
        List<Row> rows = new ArrayList<>();
        List<EntityRecord> records = snapshot.all(EntityType.CHAMBER).stream()
                .filter(c -> chambers.test().test(c.code()) && c.code().indexOf('-') == 2)
                .sorted(Comparator.comparing((EntityRecord c) -> countryName(snapshot, c)).thenComparing(EntityRecord::code))
                .toList();
        for (EntityRecord chamber : records) {
            if (!current(chamber)) {
                continue;
            }
            List<TimedValue> steps = oneIntervalPerValue(chamber.timeline(field.id(), EntityRecord.LATEST));
            Set<TimedValue> kept = new LinkedHashSet<>();
            boolean previousYearEmpty = false;
            for (int year = fromYear; year <= toYear; year++) {
                Optional<TimedValue> last = TimedValue.lastIn(steps, year);
                if (last.isEmpty() && !previousYearEmpty) {
                    rows.add(new Row(chamber, Optional.empty(), year)); // once for a run of years without a value
                } else if (last.isPresent() && kept.add(last.get())) {
                    rows.add(new Row(chamber, last, year));
                }
                previousYearEmpty = last.isEmpty();
            }
        }
        List<String> header = new ArrayList<>(COLUMNS_BEFORE);
        header.add(label);
        header.addAll(COLUMNS_AFTER);
        List<List<String>> ipuRows = rows.stream().map(r -> ipuRow(snapshot, r)).toList();
        List<MetadataLine> metadata = new ArrayList<>(List.of(
                new MetadataLine("Compare field name", label),
                new MetadataLine("Description", field.definition().getOrDefault("en", "")),
                new MetadataLine("Reference period", fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear),
                new MetadataLine("Field Id", field.id()),
                new MetadataLine("Data dictionary", provenance.url("/api/v1/metadata/fields/" + field.id())),
                new MetadataLine("Structure", chambers.description()),
                new MetadataLine("Region", "Any")));
        // IPU's 14 lines (with its API URL), then the record holding a newline: 15 records before the header, which
        // scripts written for IPU's files skip (R readr: skip = 15)
        provenance.publisher(REPORT, "/api/v1/chambers", query, format).stream()
                .filter(line -> !line.label().equals("Data dictionary"))
                .forEach(metadata::add);
        TidyTable tidy = new TidyTable(List.of("iso_code", "country", "chamber_code", "chamber", "status", field.id(),
                "missing_reason", "date_from", "date_to", "notes", "structure", "chamber_type"),
                rows.stream().map(r -> tidyRow(snapshot, r)).toList());
        return new Download(REPORT + "-" + field.id() + "-" + fromYear + (fromYear == toYear ? "" : "-" + toYear),
                metadata, new IpuTable(List.of(header), ipuRows), tidy);
    }

    /**
     * Whether the chamber exists today, as IPU's compare files list only current chambers: not a chamber whose
     * latest count says "Not applicable" (an abolished chamber, decision 0018), not one of a former country.
     */
    private static boolean current(EntityRecord chamber) {
        return chamber.latest("current_members_number", EntityRecord.LATEST).map(TimedValue::value)
                .filter(v -> v instanceof FactValue.Missing m && m.reason().equals(FactValue.NOT_APPLICABLE)).isEmpty();
    }

    /**
     * The steps with the intervals IPU gives: one interval per value. Consecutive steps of the same value (whose
     * annotation or source changed) are one interval, from the first's start to the last's end.
     */
    private static List<TimedValue> oneIntervalPerValue(List<TimedValue> steps) {
        List<TimedValue> merged = new ArrayList<>();
        for (TimedValue step : steps) {
            int last = merged.size() - 1;
            TimedValue previous = last >= 0 ? merged.get(last) : null;
            boolean adjacent = previous != null && previous.to().isPresent() && step.from().isPresent()
                    && previous.to().get().plusDays(1).equals(step.from().get());
            if (adjacent && previous.value().equals(step.value())) {
                merged.set(last, new TimedValue(previous.from(), step.to(), previous.value(), previous.annotation(), previous.source()));
            } else {
                merged.add(step);
            }
        }
        return merged;
    }

    private static List<String> ipuRow(Snapshot snapshot, Row row) {
        List<Object> tidy = tidyRow(snapshot, row);
        String value = tidy.get(5) != null ? tidy.get(5).toString() : tidy.get(6).toString();
        return List.of(text(tidy.get(0)), text(tidy.get(1)), text(tidy.get(3)), text(tidy.get(4)), value, "",
                dash(tidy.get(7)), dash(tidy.get(8)), text(tidy.get(9)), text(tidy.get(10)), text(tidy.get(11)));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static List<Object> tidyRow(Snapshot snapshot, Row row) {
        EntityRecord chamber = row.chamber();
        String country = chamber.code().substring(0, chamber.code().indexOf('-'));
        if (row.step().isEmpty()) {
            // IPU's row for a current chamber without a value that year: no interval, no chamber type
            LocalDate endOfYear = LocalDate.of(row.year(), 12, 31);
            return Arrays.asList(country, countryName(snapshot, chamber), chamber.code(),
                    english(chamber.latest("chamber_name", EntityRecord.LATEST)).orElse(""), "", null,
                    FactValue.NO_INFORMATION, null, null, "", bicameral(snapshot, country, endOfYear) ? "Bicameral" : "Unicameral",
                    "-");
        }
        TimedValue step = row.step().get();
        LocalDate at = step.from().orElseGet(() -> step.to().orElse(LocalDate.now()));
        boolean suspended = chamber.valueAt("is_suspended_chamber", at, EntityRecord.LATEST)
                .map(v -> v.value().equals(FactValue.of("true"))).orElse(false);
        boolean bicameral = bicameral(snapshot, country, at);
        String chamberType = chamber.code().endsWith("-UC02") ? "Upper chamber"
                : bicameral ? "Lower chamber" : "Single chamber";
        String value = step.value() instanceof FactValue.Present present ? present.value() : null;
        String missing = step.value() instanceof FactValue.Missing m ? m.reason() : null;
        // Notes empty, as in IPU's files: Plenum's annotations are in the API and the tidy formats' sources
        return Arrays.asList(country, countryName(snapshot, chamber),  chamber.code(),
                english(chamber.valueAt("chamber_name", at, EntityRecord.LATEST)
                        .or(() -> chamber.latest("chamber_name", EntityRecord.LATEST))).orElse(""),
                suspended ? "Suspended" : "", value, missing, step.from().map(LocalDate::toString).orElse(null),
                step.to().map(LocalDate::toString).orElse(null), "",
                bicameral ? "Bicameral" : "Unicameral", chamberType);
    }

    private static boolean bicameral(Snapshot snapshot, String country, LocalDate at) {
        Optional<EntityRecord> parliament = snapshot.get(EntityRef.parliament(country));
        Optional<String> recorded = parliament.flatMap(p -> p.valueAt("structure_of_parliament", at, EntityRecord.LATEST))
                .map(TimedValue::value).filter(v -> v instanceof FactValue.Present).map(v -> ((FactValue.Present) v).value());
        if (recorded.isPresent()) {
            return recorded.get().equals("bicameral");
        }
        return snapshot.get(EntityRef.chamber(country + "-UC02")).isPresent();
    }

    private static String countryName(Snapshot snapshot, EntityRecord chamber) {
        String country = chamber.code().substring(0, chamber.code().indexOf('-'));
        return snapshot.get(EntityRef.country(country))
                .flatMap(c -> english(c.latest("country_name", EntityRecord.LATEST))).orElse(country);
    }

    /** The English text of a translated-text value ({@code {"en": …, "fr": …}}), or the text itself. */
    private static Optional<String> english(Optional<TimedValue> value) {
        return value.map(TimedValue::value).filter(v -> v instanceof FactValue.Present)
                .map(v -> ((FactValue.Present) v).value())
                .map(text -> {
                    if (!text.startsWith("{")) {
                        return text;
                    }
                    JsonNode en = JSON.readTree(text).get("en");
                    return en == null ? text : en.asString();
                });
    }
}
