package org.plenum.exchange.ipu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.countries.CountryNames;
import org.plenum.exchange.csv.Cells;
import org.plenum.exchange.csv.CsvRecord;
import org.plenum.exchange.csv.CsvRecords;
import org.plenum.exchange.csv.InvalidCell;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * Reads an IPU "compare" export ({@code ipu-compare}): one field of Parline for every chamber, each value
 * with the period it held ({@code date_from}, {@code date_to}).
 *
 * <p>The reader is generic: the field is the one the metadata row {@code Field Id} names, stored under that
 * id as the file gives it, even when Plenum computes the field from other ones (as with {@code
 * current_women_percent}): deciding how such observed values sit next to computed ones is the fact store's
 * business, not the reader's. The value column is the one headed by the metadata {@code Compare field name}.
 *
 * <p>Each table row gives, with the source {@code <file> row <n>}:
 * <ul>
 *   <li>the country, its parliament and the chamber: {@code Chamber type} "Upper chamber" → {@code
 *       CC-UC02}; "Lower chamber", "Single chamber" or "Single" → {@code CC-LC01}; a {@code -} takes the
 *       chamber from the metadata {@code Structure} when that names one kind ("Only upper chambers",
 *       "Only lower chambers");</li>
 *   <li>the field's value, valid {@code between(date_from, date_to)}, or {@code from(date_from)} when
 *       {@code date_to} is {@code -} (still current); with the {@code Notes} cell as annotation. An empty
 *       cell or "No information available" is {@code Missing("No information available")}; "Not applicable"
 *       is {@code Missing("Not applicable")}. A field whose id ends in {@code _percent} or {@code _percentage}
 *       must hold a number from 0 to 100;</li>
 *   <li>{@code is_suspended_chamber = true}, same valid time, when {@code Status} is "Suspended";</li>
 *   <li>{@code structure_of_parliament} of the parliament, same valid time, when the row's {@code Chamber
 *       type} is given and agrees with its {@code Structure} (an upper or lower chamber in a bicameral
 *       parliament, a single chamber in a unicameral one). The {@code Structure} cell describes the reference
 *       period, not the row's period, so a row whose chamber type is {@code -} gives no structure.</li>
 * </ul>
 * Refused rows: a country name unknown to {@link CountryNames}, an {@code ISO Code} that is not the code of
 * that name, an unknown chamber type or status, a chamber type that contradicts the structure, no
 * {@code date_from} (a value without a period cannot be stored), {@code date_from} after {@code date_to}, a
 * percentage that is not a number from 0 to 100, a chamber listed twice with the same {@code date_from} (a
 * chamber may have several rows for several periods, as in Plenum's compare exports of a range of years).
 * {@code rowsRead} counts the table's rows.
 */
@ImportFormat(name = "ipu-compare", arguments = "<compare.csv>",
        description = "IPU's compare export: one field of chambers over the years")
public final class IpuCompareReader implements FormatReader {

    public static final String FORMAT = "ipu-compare";

    static final String ISO_CODE = "ISO Code";
    static final String COUNTRY = "Country";
    static final String STATUS = "Status";
    static final String DATE_FROM = "date_from";
    static final String DATE_TO = "date_to";
    static final String NOTES = "Notes";
    static final String STRUCTURE = "Structure";
    static final String CHAMBER_TYPE = "Chamber type";
    private static final List<String> REQUIRED = List.of(ISO_CODE, COUNTRY, STATUS, DATE_FROM, DATE_TO, NOTES,
            STRUCTURE, CHAMBER_TYPE);

    private final CountryNames countries;

    public IpuCompareReader() {
        this(CountryNames.bundled());
    }

    public IpuCompareReader(CountryNames countries) {
        this.countries = countries;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ParsedFile read(List<InputFile> files) {
        if (files.size() != 1) {
            throw new IllegalArgumentException(FORMAT + " reads one file at a time, got " + files.size());
        }
        return read(files.get(0));
    }

    public ParsedFile read(InputFile file) {
        CsvRecords csv = CsvRecords.read(file);
        List<CsvRecord> rows = csv.records();
        int header = -1;
        Map<String, String> metadata = new HashMap<>();
        for (int i = 0; i < rows.size() && header < 0; i++) {
            CsvRecord row = rows.get(i);
            if (row.cell(0).strip().equalsIgnoreCase(ISO_CODE)) {
                header = i;
            } else if (!row.cell(0).isBlank()) {
                metadata.putIfAbsent(row.cell(0).strip().toLowerCase(Locale.ROOT), row.cell(1).strip());
            }
        }
        if (header < 0) {
            throw new UnusableFileException(file.name(), "no table: no row starting with " + ISO_CODE
                    + " (" + rows.size() + " rows read)");
        }
        String field = metadata.getOrDefault("field id", "");
        if (!field.matches("[a-z][a-z0-9_]*")) {
            throw new UnusableFileException(file.name(), "the metadata has no usable 'Field Id' row"
                    + (field.isEmpty() ? "" : " ('" + field + "' is not a field id)"));
        }
        String valueColumn = metadata.getOrDefault("compare field name", "");
        Map<String, Integer> columns = columns(file.name(), rows.get(header), valueColumn);
        Table table = new Table(file.name(), field, valueColumn, columns,
                chamberOfStructure(metadata.getOrDefault("structure", "")));
        int width = rows.get(header).usedCells();
        List<CsvRecord> body = rows.subList(header + 1, rows.size());
        for (CsvRecord row : body) {
            if (row.isBlank()) {
                continue;
            }
            csv.requireComplete(row, width);
            table.row(row, width);
        }
        if (table.rowsRead == 0) {
            throw new UnusableFileException(file.name(), "the table has no rows");
        }
        return new ParsedFile(file.name(), table.rowsRead, List.copyOf(table.entities.values()), table.facts,
                table.rejected);
    }

    private static Map<String, Integer> columns(String fileName, CsvRecord header, String valueColumn) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.putIfAbsent(header.cell(i).strip(), i);
        }
        List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList());
        if (valueColumn.isEmpty() || !columns.containsKey(valueColumn)) {
            missing.add(valueColumn.isEmpty() ? "(value column: no 'Compare field name' row)" : valueColumn);
        }
        if (!missing.isEmpty()) {
            throw new UnusableFileException(fileName, "row " + header.number() + ": the table has no column "
                    + String.join(", ", missing));
        }
        return columns;
    }

    private static Optional<String> chamberOfStructure(String structure) {
        String s = structure.toLowerCase(Locale.ROOT);
        if (s.contains("upper") && !s.contains("lower")) {
            return Optional.of("-UC02");
        }
        if (s.contains("lower") && !s.contains("upper")) {
            return Optional.of("-LC01");
        }
        return Optional.empty();
    }

    /** What the table rows give, built up row by row. */
    private record Period(ValidTime time, int row) {
    }

    private final class Table {
        private final String file;
        private final String field;
        private final String valueColumn;
        private final Map<String, Integer> columns;
        private final Optional<String> chamberOfFile;
        private final Map<EntityRef, EntityDeclaration> entities = new LinkedHashMap<>();
        private final Map<String, Integer> rowOfPeriod = new HashMap<>();
        private final Map<EntityRef, List<Period>> periods = new HashMap<>();
        private final List<FactAssertion> facts = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private int rowsRead;

        Table(String file, String field, String valueColumn, Map<String, Integer> columns,
              Optional<String> chamberOfFile) {
            this.file = file;
            this.field = field;
            this.valueColumn = valueColumn;
            this.columns = columns;
            this.chamberOfFile = chamberOfFile;
        }

        void row(CsvRecord row, int width) {
            rowsRead++;
            try {
                accept(row, width);
            } catch (InvalidCell invalid) {
                rejected.add(invalid.rejectedRow(file, row.number()));
            }
        }

        private String cell(CsvRecord row, String column) {
            return row.cell(columns.get(column)).strip();
        }

        private void accept(CsvRecord row, int width) {
            row.requireWidth(width);
            String name = cell(row, COUNTRY);
            String code = countries.code(name).orElseThrow(() ->
                    new InvalidCell(COUNTRY, "unknown country name '" + name + "'"));
            String iso = cell(row, ISO_CODE);
            if (!iso.equals(code)) {
                throw new InvalidCell(ISO_CODE, "ISO Code '" + iso + "' is not the code of " + name + " (" + code + ")");
            }
            String chamberType = cell(row, CHAMBER_TYPE);
            String structure = cell(row, STRUCTURE);
            String suffix = chamberSuffix(chamberType);
            Optional<String> structureTerm = structureTerm(chamberType, structure);
            EntityRef chamber = EntityRef.chamber(code + suffix);
            boolean suspended = suspended(cell(row, STATUS));
            FactValue value = value(cell(row, valueColumn));
            ValidTime validTime = validTime(cell(row, DATE_FROM), cell(row, DATE_TO), value);
            String period = chamber.code() + " from " + cell(row, DATE_FROM);
            Integer earlier = rowOfPeriod.get(period);
            if (earlier != null) {
                throw new InvalidCell(COUNTRY, "chamber " + period + " is already in row " + earlier);
            }

            checkOverlap(chamber, validTime, row.number());

            rowOfPeriod.put(period, row.number());
            periods.computeIfAbsent(chamber, k -> new ArrayList<>()).add(new Period(validTime, row.number()));
            String source = file + " row " + row.number();
            EntityRef country = EntityRef.country(code);
            EntityRef parliament = EntityRef.parliament(code);
            declare(EntityDeclaration.of(country));
            declare(EntityDeclaration.of(parliament, country));
            declare(EntityDeclaration.of(chamber, parliament));
            facts.add(new FactAssertion(chamber, field, validTime, value, cell(row, NOTES), source));
            if (suspended) {
                facts.add(FactAssertion.of(chamber, IpuRankingReader.IS_SUSPENDED, validTime, FactValue.of("true"), source));
            }
            structureTerm.ifPresent(term -> facts.add(FactAssertion.of(parliament, "structure_of_parliament",
                    validTime, FactValue.of(term), source)));
        }

        /**
         * A chamber's periods may follow each other (sharing a boundary day) but not overlap: two values for the
         * same days contradict each other. A period without {@code date_to} lasts until the next one starts, so it
         * overlaps only a closed period that spans its start.
         */
        private void checkOverlap(EntityRef chamber, ValidTime time, int rowNumber) {
            for (Period earlier : periods.getOrDefault(chamber, List.of())) {
                if (overlap(time, earlier.time()) || overlap(earlier.time(), time)) {
                    throw new InvalidCell(DATE_FROM, "the period " + describe(time) + " of " + chamber.code()
                            + " overlaps the period " + describe(earlier.time()) + " in row " + earlier.row());
                }
            }
        }

        /** Whether {@code a} overlaps {@code b} by more than a boundary day, seen from a closed {@code a}. */
        private static boolean overlap(ValidTime a, ValidTime b) {
            if (a.from().isEmpty() || a.to().isEmpty() || b.from().isEmpty()) {
                return false;
            }
            LocalDate aFrom = a.from().get();
            LocalDate aTo = a.to().get();
            LocalDate bFrom = b.from().get();
            if (b.to().isEmpty()) {
                return aFrom.isBefore(bFrom) && aTo.isAfter(bFrom);
            }
            return aFrom.isBefore(b.to().get()) && bFrom.isBefore(aTo);
        }

        private static String describe(ValidTime time) {
            return time.from().map(LocalDate::toString).orElse("-") + " to " + time.to().map(LocalDate::toString).orElse("-");
        }

        private String chamberSuffix(String chamberType) {
            return switch (chamberType.toLowerCase(Locale.ROOT)) {
                case "upper chamber" -> "-UC02";
                case "lower chamber", "single chamber", "single" -> "-LC01";
                case "-", "" -> chamberOfFile.orElseThrow(() -> new InvalidCell(CHAMBER_TYPE, "no chamber type,"
                        + " and the metadata Structure does not name one kind of chamber"));
                default -> throw new InvalidCell(CHAMBER_TYPE, "unknown chamber type '" + chamberType + "'");
            };
        }

        /** The structure the row states, when its chamber type is given; a contradiction is refused. */
        private Optional<String> structureTerm(String chamberType, String structure) {
            String term = structure.toLowerCase(Locale.ROOT);
            if (!term.equals("bicameral") && !term.equals("unicameral")) {
                throw new InvalidCell(STRUCTURE, "unknown structure '" + structure + "' (Bicameral or Unicameral)");
            }
            if (chamberType.equals("-") || chamberType.isEmpty()) {
                return Optional.empty();
            }
            boolean single = chamberType.toLowerCase(Locale.ROOT).startsWith("single");
            if (single != term.equals("unicameral")) {
                throw new InvalidCell(STRUCTURE, "Structure '" + structure + "' contradicts Chamber type '"
                        + chamberType + "'");
            }
            return Optional.of(term);
        }

        private boolean suspended(String status) {
            if (status.isEmpty()) {
                return false;
            }
            if (status.equalsIgnoreCase("Suspended")) {
                return true;
            }
            throw new InvalidCell(STATUS, "unknown status '" + status + "' (empty or Suspended)");
        }

        private FactValue value(String text) {
            if (text.isEmpty() || text.equalsIgnoreCase(FactValue.NO_INFORMATION)) {
                return FactValue.missing(FactValue.NO_INFORMATION);
            }
            if (text.equalsIgnoreCase(FactValue.NOT_APPLICABLE)) {
                return FactValue.missing(FactValue.NOT_APPLICABLE);
            }
            if (!field.endsWith("_percent") && !field.endsWith("_percentage")) {
                return FactValue.of(text);
            }
            if (!text.matches("\\d{1,3}(\\.\\d+)?")) {
                throw new InvalidCell(valueColumn, "'" + text + "' is not a percentage");
            }
            BigDecimal percent = new BigDecimal(text);
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidCell(valueColumn, text + " is above 100%");
            }
            return FactValue.of(percent.toPlainString());
        }

        private ValidTime validTime(String from, String to, FactValue value) {
            if (from.equals("-") || from.isEmpty()) {
                String what = value instanceof FactValue.Missing missing ? "'" + missing.reason() + "'" : "the value";
                throw new InvalidCell(DATE_FROM, "no date_from: " + what + " has no period to be stored for"
                        + (to.equals("-") || to.isEmpty() ? " (date_from and date_to are both '-')" : ""));
            }
            LocalDate start = Cells.parseDate(DATE_FROM, from);
            if (to.equals("-") || to.isEmpty()) {
                return ValidTime.from(start);
            }
            LocalDate end = Cells.parseDate(DATE_TO, to);
            if (end.isBefore(start)) {
                throw new InvalidCell(DATE_TO, "date_to " + end + " is before date_from " + start);
            }
            return ValidTime.between(start, end);
        }

        private void declare(EntityDeclaration declaration) {
            entities.putIfAbsent(declaration.entity(), declaration);
        }
    }
}
