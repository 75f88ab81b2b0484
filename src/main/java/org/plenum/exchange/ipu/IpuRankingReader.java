package org.plenum.exchange.ipu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.Rejections;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.countries.CountryNames;
import org.plenum.exchange.csv.CsvRecord;
import org.plenum.exchange.csv.CsvStream;
import org.plenum.exchange.csv.InvalidCell;
import org.plenum.exchange.ipu.RankingNotes.CountryNote;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * Reads IPU's monthly ranking of women in national parliaments ({@code ipu-ranking}), in the current
 * export layout (a metadata block with {@code Reference period} and {@code Dataset notes}, quoted cells)
 * and in the older one ({@code Source:}, {@code Date:}, {@code Ranking as of 1st March 2023} lines,
 * {@code Seats*} headers, unquoted cells, notes under the table).
 *
 * <p>The table is found by its header row ({@code Rank, Country, ...}) and the reference date above it
 * (see {@link ReferenceDate}). Each country row gives, valid from the reference date (the values observed
 * on that day) and with the source {@code <file> row <n>}:
 * <ul>
 *   <li>the country, its parliament and its lower or single chamber {@code CC-LC01}; the upper chamber
 *       {@code CC-UC02} when its four cells are not all {@code -};</li>
 *   <li>per chamber: {@code last_election} (month precision, see {@link ElectionMonth}; nothing when
 *       the cell is {@code -}, which also stands for chambers that are not elected),
 *       {@code current_members_number} (seats filled) and {@code current_women_number}, each
 *       {@code Missing("No information available")} when its cell is {@code -};</li>
 *   <li>for the lower chamber, {@code is_suspended_chamber}: {@code true} for a {@code Suspended} row,
 *       {@code false} for every other row;</li>
 *   <li>{@code seat_basis_note} on the chamber a country note of the notes names (see {@link RankingNotes}).</li>
 * </ul>
 * The % W column is not stored (Plenum computes it) but checked ({@link WomenPercent}). The ranks must
 * not decrease down the file and must agree with % W: a ditto row has the % W of the row above, a new
 * rank a lower % W; ranked rows come before unranked and suspended ones. A row that fails a check is
 * rejected as a whole and nothing of it is kept. {@code rowsRead} counts the country rows of the table.
 */
@ImportFormat(name = "ipu-ranking", arguments = "<ranking.csv>", streams = true,
        description = "IPU's monthly ranking of women in national parliaments (e.g. src/main/resources/dataset/ipu/women-ranking-2025-11.csv)")
public final class IpuRankingReader implements FormatReader {

    public static final String FORMAT = "ipu-ranking";

    static final String IS_SUSPENDED = "is_suspended_chamber";
    static final String MEMBERS = "current_members_number";
    static final String WOMEN = "current_women_number";
    static final String LAST_ELECTION = "last_election";
    static final String SEAT_BASIS_NOTE = "seat_basis_note";
    static final String DATASET_NOTES = "Dataset notes";

    private final CountryNames countries;

    public IpuRankingReader() {
        this(CountryNames.bundled());
    }

    public IpuRankingReader(CountryNames countries) {
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

    /** Rows read above the table's header at most: a real export has a dozen, a file without a header stops here. */
    static final int MAX_ROWS_ABOVE = 1_000;

    /**
     * Reads a ranking one row at a time ({@link CsvStream}): memory does not grow with the file (a ranking has a row
     * per country; a file of millions of repeated rows is read in bounded memory and its rejections counted by
     * reason, docs/decisions/0028).
     */
    public ParsedFile read(InputFile file) {
        try (CsvStream csv = CsvStream.open(file)) {
            return read(file, csv);
        }
    }

    private ParsedFile read(InputFile file, CsvStream csv) {
        List<CsvRecord> above = new ArrayList<>();
        CsvRecord header = null;
        for (Optional<CsvRecord> next = csv.next(); next.isPresent(); next = csv.next()) {
            CsvRecord row = next.get();
            if (isHeader(row)) {
                header = row;
                break;
            }
            above.add(row);
            if (above.size() >= MAX_ROWS_ABOVE) {
                throw new UnusableFileException(file.name(), "no ranking table: no row starting with Rank, Country"
                        + " in the first " + MAX_ROWS_ABOVE + " rows");
            }
        }
        if (header == null) {
            if (!csv.hadContent()) {
                throw new UnusableFileException(file.name(), "the file is empty");
            }
            throw new UnusableFileException(file.name(),
                    "no ranking table: no row starting with Rank, Country (" + above.size() + " rows read)");
        }
        LocalDate referenceDate = ReferenceDate.find(file.name(), above);
        CsvRecord headerRow = header;
        CsvRecord second = csv.next().orElseThrow(() -> new UnusableFileException(file.name(), "row "
                + headerRow.number() + ": the table header has no second row (Elections, Seats, Women, % W)"));
        RankingColumns columns = RankingColumns.read(file.name(), header, second);
        Table table = new Table(file.name(), referenceDate, columns, header.number());
        List<CountryNote> notes = new ArrayList<>();
        for (CsvRecord row : above) {
            if (row.cell(0).strip().equalsIgnoreCase(DATASET_NOTES)) {
                notes.addAll(RankingNotes.countryNotes(row.cell(1), row.number(), countries));
            }
        }
        for (Optional<CsvRecord> next = csv.next(); next.isPresent(); next = csv.next()) {
            CsvRecord row = next.get();
            if (row.isBlank()) {
                continue;
            }
            if (isNoteLine(row)) {
                if (notes.size() < MAX_ROWS_ABOVE) {
                    notes.addAll(RankingNotes.countryNotes(String.join(",", row.cells()), row.number(), countries));
                } else {
                    table.rejected.add(new RejectedRow(file.name(), row.number(), "", "more than " + MAX_ROWS_ABOVE
                            + " notes under the table; this one is not read"));
                }
                continue;
            }
            csv.requireComplete(row, columns.width());
            table.countryRow(row);
        }
        if (table.rowsRead == 0) {
            throw new UnusableFileException(file.name(), "the ranking table has no country rows");
        }
        for (CountryNote note : notes) {
            table.note(note);
        }
        return new ParsedFile(file.name(), table.rowsRead, List.copyOf(table.entities.values()), table.facts(),
                table.rejected, List.of());
    }

    private static boolean isHeader(CsvRecord row) {
        return row.cell(0).strip().equalsIgnoreCase("Rank") && row.cell(1).strip().equalsIgnoreCase("Country");
    }

    /** A line of notes under the table (older exports): text in the first cells, nothing in the chambers' cells. */
    private static boolean isNoteLine(CsvRecord row) {
        String first = row.cell(0).strip();
        if (first.isEmpty() || row.cells().stream().skip(2).anyMatch(c -> !c.isBlank())) {
            return false;
        }
        try {
            RankCell.parse(first, "Rank");
            return false;
        } catch (InvalidCell notARank) {
            return true;
        }
    }

    /** What the table rows give, built up row by row. */
    private final class Table {
        private final String file;
        private final LocalDate referenceDate;
        private final YearMonth referenceMonth;
        private final RankingColumns columns;
        private final int headerRow;
        private final Map<EntityRef, EntityDeclaration> entities = new LinkedHashMap<>();
        private final Map<String, Integer> rowOfCountry = new HashMap<>();
        private final List<FactAssertion> facts = new ArrayList<>();
        private final Map<EntityRef, FactAssertion> seatNotes = new LinkedHashMap<>();
        private final Rejections rejected = new Rejections();
        private int rowsRead;
        private Optional<Ranked> previous = Optional.empty();
        private boolean pastRanked;

        private record Ranked(int rank, BigDecimal percent) {
        }

        Table(String file, LocalDate referenceDate, RankingColumns columns, int headerRow) {
            this.file = file;
            this.headerRow = headerRow;
            this.referenceDate = referenceDate;
            this.referenceMonth = YearMonth.from(referenceDate);
            this.columns = columns;
        }

        void countryRow(CsvRecord row) {
            rowsRead++;
            try {
                accept(row);
            } catch (InvalidCell invalid) {
                rejected.add(invalid.rejectedRow(file, row.number()));
            }
        }

        private void accept(CsvRecord row) {
            row.requireWidth(columns.width());
            RankCell rank = RankCell.parse(row.cell(0), "Rank");
            String name = row.cell(1).strip();
            if (name.isEmpty()) {
                throw new InvalidCell("Country", "no country name");
            }
            String code = countries.code(name).orElseThrow(() ->
                    new InvalidCell("Country", "unknown country name '" + name + "'"));
            Integer earlier = rowOfCountry.get(code);
            if (earlier != null) {
                throw new InvalidCell("Country", name + " (" + code + ") is already in row " + earlier);
            }
            ChamberCells lower = ChamberCells.read(row, columns.lower(), referenceMonth);
            Optional<ChamberCells> upper = columns.upper()
                    .map(c -> ChamberCells.read(row, c, referenceMonth))
                    .filter(cells -> !cells.absent());
            Optional<Ranked> ranked = checkRank(rank, lower);

            // The row is good: keep it.
            ranked.ifPresent(r -> previous = Optional.of(r));
            pastRanked |= !rank.ranked();
            rowOfCountry.put(code, row.number());
            String source = file + " row " + row.number();
            EntityRef country = EntityRef.country(code);
            EntityRef parliament = EntityRef.parliament(code);
            EntityRef lowerChamber = EntityRef.chamber(code + "-LC01");
            declare(EntityDeclaration.of(country));
            declare(EntityDeclaration.of(parliament, country));
            declare(EntityDeclaration.of(lowerChamber, parliament));
            fact(lowerChamber, IS_SUSPENDED, FactValue.of(Boolean.toString(rank instanceof RankCell.Suspended)), source);
            chamberFacts(lowerChamber, lower, source);
            if (upper.isPresent()) {
                EntityRef upperChamber = EntityRef.chamber(code + "-UC02");
                declare(EntityDeclaration.of(upperChamber, parliament));
                chamberFacts(upperChamber, upper.get(), source);
            }
        }

        /** Checks the rank against the rows above; gives the rank this row sets for the rows below. */
        private Optional<Ranked> checkRank(RankCell rank, ChamberCells lower) {
            if (!rank.ranked()) {
                return Optional.empty();
            }
            if (pastRanked) {
                throw new InvalidCell("Rank", "a ranked row below unranked or suspended rows");
            }
            BigDecimal percent = lower.percent().orElseThrow(() -> new InvalidCell("Rank",
                    "the row is ranked but its lower or single house has no % W"));
            String shown = percent.toPlainString();
            if (rank instanceof RankCell.Ditto) {
                Ranked above = previous.orElseThrow(() -> new InvalidCell("Rank",
                        "a ditto mark (same rank as above) with no ranked row above"));
                if (percent.compareTo(above.percent()) != 0) {
                    throw new InvalidCell("Rank", "a ditto mark (same rank " + above.rank() + " as above) but % W "
                            + shown + " differs from " + above.percent().toPlainString() + " above");
                }
                return Optional.of(above);
            }
            int number = ((RankCell.Numbered) rank).rank();
            if (previous.isPresent()) {
                Ranked above = previous.get();
                String aboveShown = above.percent().toPlainString();
                if (number < above.rank()) {
                    throw new InvalidCell("Rank", "rank " + number + " comes after rank " + above.rank());
                }
                if (number == above.rank() && percent.compareTo(above.percent()) != 0) {
                    throw new InvalidCell("Rank", "rank " + number + " as above but % W " + shown
                            + " differs from " + aboveShown + " above");
                }
                if (number > above.rank() && percent.compareTo(above.percent()) >= 0) {
                    throw new InvalidCell("Rank", "rank " + number + " below rank " + above.rank() + " but % W "
                            + shown + " is not lower than " + aboveShown + " above");
                }
            }
            return Optional.of(new Ranked(number, percent));
        }

        private void chamberFacts(EntityRef chamber, ChamberCells cells, String source) {
            cells.election().ifPresent(month -> fact(chamber, LAST_ELECTION, FactValue.of(month.toString()), source));
            fact(chamber, MEMBERS, cells.seats().map(FactValue::of).orElse(noInformation()), source);
            fact(chamber, WOMEN, cells.women().map(FactValue::of).orElse(noInformation()), source);
        }

        void note(CountryNote note) {
            String column = note.row() < headerRow ? DATASET_NOTES : "";
            String about = "note on " + note.countryName();
            if (note.chamber().isEmpty()) {
                rejected.add(new RejectedRow(file, note.row(), column, about + " names no single chamber (upper"
                        + " or lower house), so it cannot be placed: " + note.text()));
                return;
            }
            String suffix = note.chamber().get() == RankingNotes.Chamber.UPPER ? "-UC02" : "-LC01";
            EntityRef chamber = EntityRef.chamber(note.countryCode() + suffix);
            if (!entities.containsKey(chamber)) {
                rejected.add(new RejectedRow(file, note.row(), column, about + ": chamber " + chamber.code()
                        + " is not in the table (or its row was rejected); the note is not imported: " + note.text()));
                return;
            }
            FactAssertion earlier = seatNotes.get(chamber);
            String text = earlier == null ? note.text()
                    : ((FactValue.Present) earlier.value()).value() + "\n" + note.text();
            seatNotes.put(chamber, FactAssertion.of(chamber, SEAT_BASIS_NOTE, ValidTime.from(referenceDate),
                    FactValue.of(text), file + " row " + note.row()));
        }

        List<FactAssertion> facts() {
            List<FactAssertion> all = new ArrayList<>(facts);
            all.addAll(seatNotes.values());
            return all;
        }

        private void declare(EntityDeclaration declaration) {
            entities.putIfAbsent(declaration.entity(), declaration);
        }

        private void fact(EntityRef entity, String field, FactValue value, String source) {
            facts.add(FactAssertion.of(entity, field, ValidTime.from(referenceDate), value, source));
        }

        private FactValue noInformation() {
            return FactValue.missing(FactValue.NO_INFORMATION);
        }
    }
}
