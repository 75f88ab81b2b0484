package org.plenum.exchange.ipu.historical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.ImportWarning;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.countries.CountryNames;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format {@code ipu-historical}: IPU's historical workbook of women in national parliaments, 1945 to
 * 2018 ({@code dataset/ipu/women-in-parliament-historical-1945-2018.xlsx}), one file. Its first sheet
 * has the columns Country, Region, Election / Renewal, Year, Month, Chamber Type, Chamber Total Seats,
 * Total women, % Of Women in Chamber, NOTES; every row is read, including those the sheet's filter
 * hides. {@link ParsedFile#rowsRead()} counts the data rows (3,815 in IPU's file).
 *
 * <h2>What a row gives</h2>
 * A row names a country (matched by {@link CountryNames}), a year, a month and a chamber type. Lower
 * and Single (and the legislatures of the time, below) give chamber {@code {CC}-LC01}, Upper gives
 * {@code {CC}-UC02}; the reader declares the parliament {@code {CC}} (parent: the country) and the
 * chamber (parent: the parliament) and states, each valid from the first day of the row's month
 * ({@link ValidTime#from}: until the next record of the same chamber and field, which is what IPU's
 * "from this election or renewal until the next" means):
 * <ul>
 *   <li>{@code current_members_number}: Chamber Total Seats. IPU's historical figures are the seats
 *       at the election or renewal (the number of members in office then, which the notes sometimes
 *       say is below the statutory number because of vacancies), not the statutory number;</li>
 *   <li>{@code current_women_number}: Total women;</li>
 *   <li>{@code struct_parl_status}: {@code lower_chamber}, {@code upper_chamber} or
 *       {@code unicameral}, also from that date, as a parliament's structure changes over time.</li>
 * </ul>
 * The annotation is the NOTES cell without surrounding spaces (empty when none), followed, separated
 * by {@value #SEPARATOR}, by what the reader has to say about the row: IPU's chamber type for a
 * legislature of the time (below), how the month was read (see {@link MonthCell}: an empty or
 * unreadable month starts the valid time on January 1st of the year, and the annotation always says
 * so), and "continuous renewal" for the rows IPU marks
 * {@code Continuous Renewal} (the upper chambers of Austria, Canada, Malaysia, Russia and the United
 * Kingdom, recorded year by year rather than at elections). The Election / Renewal marker is not
 * stored otherwise: {@code Yes}, on every other row, says nothing beyond the row itself. The source is
 * {@code <file> row <n>}. Region is not read (regions come from the reference import), nor is the
 * percentage of women (Plenum computes it), which is only checked, below.
 *
 * <h2>Legislatures of the time, and bodies that are not one chamber</h2>
 * (See {@code docs/decisions/0006-historical-transitional-bodies.md} and {@link ChamberType}.) Rows of
 * chamber type Temporary Assembly (41 in IPU's file), Council (9: Nepal, Qatar, Saudi Arabia),
 * Constituent Assembly (1, Uganda 1994) and Single Lower (1, Czech Republic 1992) describe the
 * country's legislature of the time: they are read like Single rows, as chamber {@code {CC}-LC01},
 * with {@code struct_parl_status} {@code unicameral}, or {@code lower_chamber} when the workbook has an
 * Upper row of the same country valid from the same day (none in IPU's file), and with
 * {@code IPU chamber type: <type>} in the annotation of all three facts. They meet the other rows of the
 * chamber under the same rules of duplicates and conflicts (below): Yugoslavia's two Temporary Assembly
 * rows of 1945, the two houses of its Constituent Assembly, conflict, and since the cells do not say
 * which is the lower, the chamber's structure is unknown that day too.
 *
 * <p>Rows of chamber type Special (28: South Africa's tricameral parliament, 1984-1989, and
 * Yugoslavia's five-chamber assembly, 1963-1969) and Not available (1: Venezuela, 1953) cannot be
 * placed in one chamber and are rejected. So that the lower or single chamber's earlier figures do not
 * seem to hold on through their period, each country and day of such rows gives, unless a row of
 * {@code {CC}-LC01} starts that day, {@code current_members_number} and {@code current_women_number} of
 * {@code {CC}-LC01} as {@link FactValue.Missing} "No information available", with an annotation that
 * quotes the rows and their chamber type, from the first of those rows (10 days in IPU's file). Its
 * structure is not stated. The upper chamber's figures are not touched by either kind of row.
 *
 * <h2>What is rejected ({@link RejectedRow}: file, row, column header, reason quoting the cell)</h2>
 * Every unusable cell is reported, one rejection each, so a row may give several.
 * <ul>
 *   <li>Country not known to {@link CountryNames}; a year that is not a whole number or is outside
 *       1945-2018; an Election / Renewal value other than Yes or Continuous Renewal; a chamber type
 *       that is not one of the workbook's. Such a row gives nothing.</li>
 *   <li>A chamber type that names no one chamber (Special, Not available): the row's figures are not
 *       imported; the reason says whether the lower or single chamber's counts become unknown from that
 *       day (above) or that chamber has its own row that day.</li>
 *   <li>Seats or women that IPU wrote as unknown ({@code ?}, {@code na}, {@code Not available}, {@code 7 5},
 *       {@code 12 13 10???}, empty). The cell is rejected, not guessed; each count is judged alone, so a clean
 *       count of the same row is kept (the seats when only the women are unusable, as IPU's rows mostly are).
 *       The unusable count is stated as {@link FactValue.Missing} "No information available" from the row's date,
 *       with an annotation quoting the cell: otherwise the previous election's figure would seem to hold on
 *       through a period for which IPU has none.</li>
 *   <li>A count cell that cannot be IPU's (a negative or fractional number, a formula, an Excel error) or more
 *       women than seats: the whole row is rejected and states nothing, so whatever Plenum recorded before for
 *       the chamber stays (a damaged or hand-edited copy never replaces a good value; decision 0018).</li>
 *   <li>IPU's percentage, when the cell is a number (or a text such as {@code 26.2%}) and it differs
 *       from women / seats by more than 0.1 percentage point: rejected with both numbers, and the
 *       counts are kept, since the percentage is derived from them (in IPU's file the two such cells,
 *       0.0 % for 18 women of 100 seats and 1.25 % for 4 of 50, look like slips in the percentage).</li>
 *   <li>Rows of the same chamber whose valid time starts on the same day (same month; or, with the
 *       month not given, the same year): identical ones (same type, counts and marker) are imported
 *       once, from the first row, and each further one is reported as a duplicate naming that row.
 *       Of conflicting ones, one is imported and each other is reported as an {@link ImportWarning} naming
 *       it: a row with both counts known, then a row with its month, then the later row of the sheet (Cuba
 *       2013: row 807; Denmark 1953: its Single row). Conflicting rows that are all of a legislature of the
 *       time (Yugoslavia 1945: two houses of one assembly) are all rejected, and the chamber's counts and
 *       structure are stated as unknown from that day.</li>
 * </ul>
 *
 * <h2>Ends of chambers</h2>
 * An upper chamber ends on the day of the first row of the parliament's single chamber after the upper
 * chamber's last row (Denmark 1953, New Zealand 1951, Sweden 1970): from that day its counts are
 * {@link FactValue.Missing} "Not applicable". The chambers of a former country end so on the day it ceased
 * to exist. A later Upper row states figures again.
 *
 * <h2>Countries that no longer exist</h2>
 * A former country is still a country of its time: it keeps its ISO 3166-3 code (USSR {@code SUHH},
 * Czechoslovakia {@code CSHH}, German Democratic Republic {@code DDDE}, both Yugoslavias
 * {@code YUCS}, Serbia and Montenegro {@code CSXX}, North Viet Nam {@code VDVN}, South Yemen
 * {@code YDYE}; South Viet Nam, which has none, {@code VNVN}: see {@link FormerCountries}). The
 * reader declares it and states {@code country_name} (English and French), valid always, and
 * {@code is_former_country}: {@code false} until the day the country ceased to exist, {@code true} from that
 * day (see {@link FormerCountries}). Other countries are not declared here: the reference import declares them.
 *
 * <p>A file that cannot be used at all (empty, not an .xlsx workbook, truncated, wrong header) raises
 * {@link org.plenum.exchange.UnusableFileException}; see {@link HistoricalWorkbook}.
 */
@ImportFormat(name = "ipu-historical", arguments = "<workbook.xlsx>",
        description = "IPU's historical workbook of women in parliament, 1945-2018")
@Component
public class IpuHistoricalReader implements FormatReader {

    static final String SEPARATOR = " | ";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CountryNames countryNames;

    public IpuHistoricalReader() {
        this(CountryNames.bundled());
    }

    public IpuHistoricalReader(CountryNames countryNames) {
        this.countryNames = countryNames;
    }

    @Override
    public String format() {
        return "ipu-historical";
    }

    @Override
    public ParsedFile read(List<InputFile> files) {
        if (files.size() != 1) {
            throw new IllegalArgumentException("format ipu-historical reads one workbook, not " + files.size() + " files");
        }
        InputFile file = files.get(0);
        List<SheetRow> rows = HistoricalWorkbook.dataRows(file);
        Output out = new Output(file.name());
        RowReader reader = new RowReader(file.name(), countryNames);
        Map<ChamberRecord.Key, List<ChamberRecord>> byChamberAndDay = new LinkedHashMap<>();
        Map<ChamberRecord.Key, List<UnplacedRow>> unplacedByChamberAndDay = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            RowReader.Reading reading = reader.read(row);
            out.rejected.addAll(reading.rejected());
            reading.countryCode().ifPresent(code -> out.formerCountry(code, row.number()));
            reading.record().ifPresent(r -> byChamberAndDay.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
            reading.unplaced().ifPresent(u -> unplacedByChamberAndDay.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(u));
        }
        Set<CountryDay> upperChamberDays = byChamberAndDay.values().stream().flatMap(List::stream)
                .filter(r -> r.type() == ChamberType.UPPER).map(r -> new CountryDay(r.countryCode(), r.validFrom()))
                .collect(Collectors.toSet());
        List<ChamberRecord> stated = new ArrayList<>();
        byChamberAndDay.values().forEach(records -> out.records(records, upperChamberDays).ifPresent(stated::add));
        out.endUpperChambers(stated, upperChamberDays);
        unplacedByChamberAndDay.forEach((key, unplaced) -> out.unplaced(unplaced,
                Optional.ofNullable(byChamberAndDay.get(key)).map(records -> records.get(0))));
        out.endChambersOfFormerCountries();
        return out.toParsedFile(rows.size());
    }

    private record CountryDay(String countryCode, LocalDate day) {
    }

    /** What the reader states, collected row by row. */
    private static final class Output {
        private final String fileName;
        private final Set<EntityDeclaration> countries = new LinkedHashSet<>();
        private final Set<EntityDeclaration> parliaments = new LinkedHashSet<>();
        private final Set<EntityDeclaration> chambers = new LinkedHashSet<>();
        private final List<FactAssertion> facts = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final Map<EntityRef, String> chamberCountries = new LinkedHashMap<>();
        private final Map<String, Integer> firstRows = new LinkedHashMap<>();

        Output(String fileName) {
            this.fileName = fileName;
        }

        void formerCountry(String code, int row) {
            firstRows.putIfAbsent(code, row);
            FormerCountries.names(code).ifPresent(names -> {
                EntityRef country = EntityRef.country(code);
                if (countries.add(EntityDeclaration.of(country))) {
                    Map<String, String> byLanguage = new LinkedHashMap<>();
                    byLanguage.put("en", names.english());
                    byLanguage.put("fr", names.french());
                    String name = JSON.writeValueAsString(byLanguage);
                    facts.add(new FactAssertion(country, "country_name", ValidTime.always(), FactValue.of(name), "", source(row)));
                    facts.add(new FactAssertion(country, "is_former_country", ValidTime.always(), FactValue.of("false"), "",
                            source(row)));
                    facts.add(new FactAssertion(country, "is_former_country", ValidTime.from(names.ceased()), FactValue.of("true"),
                            "ceased to exist on " + names.ceased(), source(row)));
                }
            });
        }

        /** The rows of one chamber whose valid time starts on the same day. */
        Optional<ChamberRecord> records(List<ChamberRecord> records, Set<CountryDay> upperChamberDays) {
            ChamberRecord first = records.get(0);
            declare(first.chamber(), first.countryCode());
            boolean upperChamberSameDay = upperChamberDays.contains(new CountryDay(first.countryCode(), first.validFrom()));
            if (records.size() == 1) {
                state(first, first.notes().isEmpty() ? List.of() : List.of(first.notes()), first.remarks(), upperChamberSameDay);
                return Optional.of(first);
            }
            List<String> notes = records.stream().map(ChamberRecord::notes).filter(n -> !n.isEmpty()).distinct().toList();
            boolean identical = records.stream().allMatch(r -> r.figures().equals(first.figures()));
            if (identical) {
                state(first, notes, records.stream().flatMap(r -> r.remarks().stream()).distinct().toList(), upperChamberSameDay);
                records.stream().skip(1).forEach(r -> rejected.add(new RejectedRow(fileName, r.row(), "",
                        "duplicate of row " + first.row() + " (same chamber " + first.chamber().code() + ", valid from "
                                + first.validFrom() + ", same figures: " + first.figures() + "); imported once, from row "
                                + first.row())));
                return Optional.of(first);
            }
            if (records.stream().allMatch(r -> r.type().placement() == ChamberType.Placement.LEGISLATURE_OF_THE_TIME)) {
                conflictUnresolved(records, notes, upperChamberSameDay);
                return Optional.empty();
            }
            ChamberRecord kept = preferred(records);
            for (ChamberRecord r : records) {
                if (r == kept) {
                    continue;
                }
                boolean duplicateOfKept = r.figures().equals(kept.figures());
                warnings.add(new ImportWarning(fileName, r.row(), "", duplicateOfKept
                        ? "duplicate of row " + kept.row() + " (same chamber " + kept.chamber().code() + ", valid from "
                                + kept.validFrom() + ", same figures: " + kept.figures() + "); imported once, from row " + kept.row()
                        : "this row (" + r.figures() + ") conflicts with row " + kept.row() + " (" + kept.figures()
                                + "): same chamber " + kept.chamber().code() + ", valid from the same day " + kept.validFrom()
                                + "; row " + kept.row() + " is imported (" + whyPreferred(kept, records) + "), this row is not"));
            }
            List<String> remarks = new ArrayList<>(kept.remarks());
            remarks.add("IPU's workbook gives other figures for this chamber and day in row"
                    + (records.size() > 2 ? "s " : " ") + records.stream().filter(r -> r != kept && !r.figures().equals(kept.figures()))
                    .map(r -> r.row() + " (" + r.figures() + ")").collect(Collectors.joining(", "))
                    + "; row " + kept.row() + " is used (" + whyPreferred(kept, records) + ")");
            state(kept, kept.notes().isEmpty() ? List.of() : List.of(kept.notes()), remarks, upperChamberSameDay);
            return Optional.of(kept);
        }

        /**
         * Ends an upper chamber where the workbook itself says the parliament became unicameral: a row of the
         * single chamber (Single, or a legislature of the time without an Upper row that day) later than the upper
         * chamber's last row. From that row's day the upper chamber's counts are "Not applicable", so its last
         * figures are not carried on (Denmark 1953, New Zealand 1951, Sweden 1971…). A later Upper row states
         * figures again.
         */
        void endUpperChambers(List<ChamberRecord> stated, Set<CountryDay> upperChamberDays) {
            Map<String, List<ChamberRecord>> byCountry = new LinkedHashMap<>();
            stated.forEach(r -> byCountry.computeIfAbsent(r.countryCode(), c -> new ArrayList<>()).add(r));
            byCountry.forEach((country, records) -> {
                if (records.stream().noneMatch(r -> r.type() == ChamberType.UPPER)) {
                    return;
                }
                List<ChamberRecord> inOrder = new ArrayList<>(records);
                inOrder.sort(Comparator.comparing(ChamberRecord::validFrom)
                        .thenComparing(r -> r.type() == ChamberType.UPPER ? 0 : 1));
                ChamberRecord lastUpper = null;
                for (ChamberRecord r : inOrder) {
                    if (r.type() == ChamberType.UPPER) {
                        lastUpper = r;
                        continue;
                    }
                    boolean single = r.type().structParlStatus(upperChamberDays.contains(new CountryDay(country, r.validFrom())))
                            .equals(ChamberType.SINGLE.structParlStatus(false));
                    boolean upperRowSameDay = upperChamberDays.contains(new CountryDay(country, r.validFrom()));
                    if (lastUpper != null && single && !upperRowSameDay && !hasCounts(lastUpper.chamber(), r.validFrom())) {
                        EntityRef upper = lastUpper.chamber();
                        String annotation = "no upper chamber from this date: IPU's workbook gives row " + r.row() + " ("
                                + r.type().label() + ") for the parliament's only chamber, after the upper chamber's row "
                                + lastUpper.row();
                        FactValue ended = FactValue.missing(FactValue.NOT_APPLICABLE);
                        facts.add(new FactAssertion(upper, "current_members_number", ValidTime.from(r.validFrom()), ended,
                                annotation, source(r.row())));
                        facts.add(new FactAssertion(upper, "current_women_number", ValidTime.from(r.validFrom()), ended,
                                annotation, source(r.row())));
                        lastUpper = null;
                    }
                }
            });
        }

        /**
         * The chambers of a country that ceased to exist end with it: from the day it ceased, their counts are "Not
         * applicable", so the USSR's last figures are not carried into later years.
         */
        void endChambersOfFormerCountries() {
            chamberCountries.forEach((chamber, country) -> FormerCountries.names(country)
                    .filter(names -> !hasCounts(chamber, names.ceased())).ifPresent(names -> {
                String annotation = "the country ceased to exist on " + names.ceased();
                FactValue ended = FactValue.missing(FactValue.NOT_APPLICABLE);
                String source = firstRows.containsKey(country) ? source(firstRows.get(country)) : fileName;
                facts.add(new FactAssertion(chamber, "current_members_number", ValidTime.from(names.ceased()), ended,
                        annotation, source));
                facts.add(new FactAssertion(chamber, "current_women_number", ValidTime.from(names.ceased()), ended,
                        annotation, source));
            }));
        }

        /**
         * Of conflicting rows of one chamber and day, the one Plenum keeps: a row whose counts are both known
         * before one with an unknown count, then a row whose month is given before one valid from the start of
         * the year, then the later row of the sheet (IPU adds later figures below earlier ones). Rows repeated
         * with the same figures count as their first occurrence.
         */
        private static ChamberRecord preferred(List<ChamberRecord> records) {
            Map<String, ChamberRecord> firstByFigures = new LinkedHashMap<>();
            records.forEach(r -> firstByFigures.putIfAbsent(r.figures(), r));
            return firstByFigures.values().stream()
                    .max(Comparator.comparing((ChamberRecord r) -> r.seats() instanceof Count.Known && r.women() instanceof Count.Known)
                            .thenComparing(ChamberRecord::monthGiven)
                            .thenComparingInt(ChamberRecord::row))
                    .orElseThrow();
        }

        private static String whyPreferred(ChamberRecord kept, List<ChamberRecord> records) {
            boolean complete = kept.seats() instanceof Count.Known && kept.women() instanceof Count.Known;
            if (complete && records.stream().anyMatch(r -> !(r.seats() instanceof Count.Known && r.women() instanceof Count.Known))) {
                return "both its counts are known";
            }
            if (kept.monthGiven() && records.stream().anyMatch(r -> !r.monthGiven())) {
                return "it gives the month";
            }
            return "the later row";
        }

        /**
         * Conflicting rows of a legislature of the time (Yugoslavia's two Temporary Assembly rows of 1945, the two
         * houses of its Constituent Assembly): the cells do not say which is the lower house, so none is imported
         * and the chamber's counts and structure are unknown from that day (decision 0006).
         */
        private void conflictUnresolved(List<ChamberRecord> records, List<String> notes, boolean upperChamberSameDay) {
            ChamberRecord first = records.get(0);
            for (ChamberRecord r : records) {
                String others = records.stream().filter(o -> o != r).map(o -> "row " + o.row() + " (" + o.figures() + ")")
                        .collect(Collectors.joining(", "));
                rejected.add(new RejectedRow(fileName, r.row(), "", "this row (" + r.figures() + ") conflicts with "
                        + others + ": same chamber " + r.chamber().code() + ", valid from the same day " + r.validFrom()
                        + "; rows of a legislature of the time may be different houses of it, so neither is imported,"
                        + " the chamber's counts are recorded as \"No information available\" from that day"));
            }
            List<String> parts = new ArrayList<>(notes);
            records.stream().flatMap(r -> r.remarks().stream()).distinct().forEach(parts::add);
            parts.add("IPU's workbook gives different figures for this chamber and month in rows "
                    + records.stream().map(r -> String.valueOf(r.row())).collect(Collectors.joining(", ")));
            String annotation = String.join(SEPARATOR, parts);
            ValidTime validTime = ValidTime.from(first.validFrom());
            String source = source(first.row());
            EntityRef chamber = first.chamber();
            FactValue unknown = FactValue.missing(FactValue.NO_INFORMATION);
            facts.add(new FactAssertion(chamber, "current_members_number", validTime, unknown, annotation, source));
            facts.add(new FactAssertion(chamber, "current_women_number", validTime, unknown, annotation, source));
            String typeRemarks = String.join(SEPARATOR, records.stream().flatMap(r -> r.type().remark().stream()).distinct().toList());
            facts.add(new FactAssertion(chamber, "struct_parl_status", validTime, unknown, typeRemarks, source));
        }

        /**
         * The rows of one country whose chamber type names no one chamber, valid from the same day: each is
         * rejected, and unless a row of the lower or single chamber starts that day, that chamber's counts are
         * unknown from then on.
         */
        void unplaced(List<UnplacedRow> rows, Optional<ChamberRecord> chamberRowSameDay) {
            UnplacedRow first = rows.get(0);
            EntityRef chamber = first.chamber();
            for (UnplacedRow u : rows) {
                String consequence = chamberRowSameDay
                        .map(r -> "; " + chamber.code() + " has its own row for that day (row " + r.row() + "), which gives its figures")
                        .orElse("; " + chamber.code() + "'s counts are recorded as \"No information available\" from " + u.validFrom()
                                + ", so that earlier figures do not seem to hold on");
                rejected.add(new RejectedRow(fileName, u.row(), Column.CHAMBER_TYPE.header(),
                        RowReader.noOneChamberReason(u.type()) + ": the row is not imported" + consequence));
            }
            if (chamberRowSameDay.isPresent()) {
                return;
            }
            declare(chamber, first.countryCode());
            Map<ChamberType, List<Integer>> rowsByType = new LinkedHashMap<>();
            rows.forEach(u -> rowsByType.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(u.row()));
            String which = rowsByType.entrySet().stream().map(e -> (e.getValue().size() == 1 ? "row " : "rows ")
                    + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " of chamber type '" + e.getKey().label() + "'").collect(Collectors.joining(" and "));
            List<String> parts = new ArrayList<>();
            parts.add("no figures for this chamber from this date: IPU's workbook gives only " + which
                    + ", which Plenum cannot map to one chamber");
            rows.stream().flatMap(u -> u.remarks().stream()).distinct().forEach(parts::add);
            String annotation = String.join(SEPARATOR, parts);
            ValidTime validTime = ValidTime.from(first.validFrom());
            FactValue unknown = FactValue.missing(FactValue.NO_INFORMATION);
            facts.add(new FactAssertion(chamber, "current_members_number", validTime, unknown, annotation, source(first.row())));
            facts.add(new FactAssertion(chamber, "current_women_number", validTime, unknown, annotation, source(first.row())));
        }

        private void state(ChamberRecord record, List<String> notes, List<String> remarks, boolean upperChamberSameDay) {
            List<String> parts = Stream.concat(notes.stream(), remarks.stream()).toList();
            ValidTime validTime = ValidTime.from(record.validFrom());
            String source = source(record.row());
            EntityRef chamber = record.chamber();
            facts.add(new FactAssertion(chamber, "current_members_number", validTime, record.seats().factValue(),
                    annotation(parts, record.seats()), source));
            facts.add(new FactAssertion(chamber, "current_women_number", validTime, record.women().factValue(),
                    annotation(parts, record.women()), source));
            facts.add(new FactAssertion(chamber, "struct_parl_status", validTime,
                    FactValue.of(record.type().structParlStatus(upperChamberSameDay)), record.type().remark().orElse(""), source));
        }

        private static String annotation(List<String> parts, Count count) {
            return String.join(SEPARATOR, Stream.concat(parts.stream(), count.unknownRemark().stream()).toList());
        }

        /** Whether a count of the chamber is already stated from that day (an end must not contradict it). */
        private boolean hasCounts(EntityRef chamber, LocalDate day) {
            return facts.stream().anyMatch(f -> f.entity().equals(chamber) && f.field().equals("current_members_number")
                    && f.validTime().from().equals(Optional.of(day)));
        }

        private void declare(EntityRef chamber, String countryCode) {
            EntityRef country = EntityRef.country(countryCode);
            EntityRef parliament = EntityRef.parliament(countryCode);
            parliaments.add(EntityDeclaration.of(parliament, country));
            chambers.add(EntityDeclaration.of(chamber, parliament));
            chamberCountries.putIfAbsent(chamber, countryCode);
        }

        private String source(int row) {
            return fileName + " row " + row;
        }

        ParsedFile toParsedFile(int rowsRead) {
            List<EntityDeclaration> entities = new ArrayList<>(countries);
            entities.addAll(parliaments);
            entities.addAll(chambers);
            List<RejectedRow> sorted = new ArrayList<>(rejected);
            sorted.sort(Comparator.comparingInt(RejectedRow::row));
            List<ImportWarning> sortedWarnings = new ArrayList<>(warnings);
            sortedWarnings.sort(Comparator.comparingInt(ImportWarning::row));
            return new ParsedFile(fileName, rowsRead, entities, facts, sorted, sortedWarnings);
        }
    }
}
