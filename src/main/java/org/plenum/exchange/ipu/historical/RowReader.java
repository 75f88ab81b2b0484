package org.plenum.exchange.ipu.historical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.countries.CountryNames;

/**
 * Reads one data row: checks every cell, reports each unusable one as a {@link RejectedRow}, and
 * returns the {@link ChamberRecord} when the row names a known country, a year from 1945 to 2018, a
 * chamber type placed in a chamber (Lower, Upper, Single, or a legislature of the time such as a
 * Temporary Assembly: see {@link ChamberType}) and a Yes / Continuous Renewal marker. Such a row is kept
 * even when a count is unusable: that count becomes unknown from the row's date (see
 * {@link IpuHistoricalReader}). A row that would be placed but for its chamber type naming no one
 * chamber (Special, Not available) gives an {@link UnplacedRow} instead, whose rejection the reader
 * writes once it knows what happens to the chamber that day.
 */
final class RowReader {

    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2018;
    /** IPU's percentage may differ from Plenum's by this much (percentage points) before it is reported. */
    static final double PERCENT_TOLERANCE = 0.1;

    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(?:[.,]\\d+)?");
    private static final Pattern PERCENT_TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final String CONTINUOUS_RENEWAL_REMARK =
            "continuous renewal: IPU's figure for this chamber at that time, not the result of one election";

    private final String fileName;
    private final CountryNames countryNames;

    RowReader(String fileName, CountryNames countryNames) {
        this.fileName = fileName;
        this.countryNames = countryNames;
    }

    /**
     * What one row gives: its country's code when known, its chamber record when usable, or the row
     * whose chamber type names no one chamber, and its rejections.
     */
    record Reading(Optional<String> countryCode, Optional<ChamberRecord> record, Optional<UnplacedRow> unplaced,
                   List<RejectedRow> rejected) {
    }

    Reading read(SheetRow row) {
        List<RejectedRow> rejected = new ArrayList<>();
        Optional<String> country = country(row, rejected);
        Optional<Boolean> continuousRenewal = continuousRenewal(row, rejected);
        Optional<Integer> year = year(row, rejected);
        Optional<ChamberType> type = chamberType(row, rejected);
        boolean knownRow = country.isPresent() && continuousRenewal.isPresent() && year.isPresent();
        boolean noOneChamber = type.isPresent() && type.get().placement() == ChamberType.Placement.NO_ONE_CHAMBER;
        if (noOneChamber && !knownRow) {
            rejected.add(reject(row, Column.CHAMBER_TYPE, noOneChamberReason(type.get()) + ": the row is not imported"));
        }
        Optional<Long> seats = Count.parse(row.cell(Column.SEATS));
        Optional<Long> women = Count.parse(row.cell(Column.WOMEN));

        boolean placed = knownRow && type.isPresent() && !noOneChamber;
        List<RejectedRow> corrupt = corruptCounts(row, seats, women);
        if (!corrupt.isEmpty()) {
            rejected.addAll(corrupt);
            return new Reading(country, Optional.empty(), Optional.empty(), rejected);
        }
        String unknownSuffix = placed ? "; recorded as \"No information available\" from the row's date" : "";
        Count seatsCount = count(row, Column.SEATS, seats, unknownSuffix, rejected);
        Count womenCount = count(row, Column.WOMEN, women, unknownSuffix, rejected);
        if (seats.isPresent() && women.isPresent()) {
            checkPercent(row, seats.get(), women.get(), rejected);
        }
        if (noOneChamber && knownRow) {
            MonthCell.ValidFrom validFrom = MonthCell.of(row.cell(Column.MONTH), year.get());
            UnplacedRow unplaced = new UnplacedRow(row.number(), country.get(), type.get(), validFrom.date(),
                    validFrom.remark().stream().toList());
            return new Reading(country, Optional.empty(), Optional.of(unplaced), rejected);
        }
        if (!placed) {
            return new Reading(country, Optional.empty(), Optional.empty(), rejected);
        }
        MonthCell.ValidFrom validFrom = MonthCell.of(row.cell(Column.MONTH), year.get());
        List<String> remarks = new ArrayList<>();
        type.get().remark().ifPresent(remarks::add);
        if (continuousRenewal.get()) {
            remarks.add(CONTINUOUS_RENEWAL_REMARK);
        }
        validFrom.remark().ifPresent(remarks::add);
        String figures = type.get().label() + ", " + describe(seats, row.cell(Column.SEATS)) + " seats, "
                + describe(women, row.cell(Column.WOMEN)) + " women" + (continuousRenewal.get() ? ", continuous renewal" : "");
        ChamberRecord record = new ChamberRecord(row.number(), country.get(), type.get(), validFrom.date(),
                row.cell(Column.NOTES).trimmedText(), remarks, seatsCount, womenCount, figures);
        return new Reading(country, Optional.of(record), Optional.empty(), rejected);
    }

    /**
     * The count cells that cannot be IPU's statement of a count, each rejected with the whole row: a negative or
     * fractional number, a formula, an Excel error, and more women than seats. IPU types its counts; such cells
     * come from a damaged or hand-edited copy, so the row states nothing and whatever Plenum recorded before for
     * the chamber stays as it is (the rule of every importer: a rejected cell rejects its row). IPU's own texts
     * for an unknown count ({@code ?}, {@code na}, {@code Not available}, an empty cell) are not rejected this
     * way: they state that the count is unknown ({@link #count}).
     */
    private List<RejectedRow> corruptCounts(SheetRow row, Optional<Long> seats, Optional<Long> women) {
        List<RejectedRow> corrupt = new ArrayList<>();
        String kept = ": the row is not imported, and what Plenum recorded before for this chamber stays as it is";
        for (Column column : List.of(Column.SEATS, Column.WOMEN)) {
            CellValue cell = row.cell(column);
            boolean negativeText = cell instanceof CellValue.Text text && NEGATIVE.matcher(text.value().strip()).matches();
            if (cell instanceof CellValue.Formula) {
                corrupt.add(reject(row, column, "a count cell holds " + cell.quoted() + " (IPU types its counts)" + kept));
            } else if (cell instanceof CellValue.Error) {
                corrupt.add(reject(row, column, "a count cell holds " + cell.quoted() + kept));
            } else if (cell instanceof CellValue.Number number && (number.value() < 0 || number.value() != Math.rint(number.value()))) {
                corrupt.add(reject(row, column, "not a count of persons: " + cell.quoted() + kept));
            } else if (negativeText) {
                corrupt.add(reject(row, column, "not a count of persons: " + cell.quoted() + kept));
            }
        }
        if (corrupt.isEmpty() && seats.isPresent() && women.isPresent() && women.get() > seats.get()) {
            corrupt.add(reject(row, Column.WOMEN, "more women (" + women.get() + ") than seats (" + seats.get() + ")" + kept));
        }
        return corrupt;
    }

    private Optional<String> country(SheetRow row, List<RejectedRow> rejected) {
        CellValue cell = row.cell(Column.COUNTRY);
        if (cell.isBlank()) {
            rejected.add(reject(row, Column.COUNTRY, "no country name"));
            return Optional.empty();
        }
        Optional<String> code = cell instanceof CellValue.Text ? countryNames.code(cell.trimmedText()) : Optional.empty();
        if (code.isEmpty()) {
            rejected.add(reject(row, Column.COUNTRY, "unknown country name " + cell.quoted()
                    + " (add it to exchange/country-aliases.csv if it is a spelling of a known country)"));
        }
        return code;
    }

    private Optional<Boolean> continuousRenewal(SheetRow row, List<RejectedRow> rejected) {
        CellValue cell = row.cell(Column.ELECTION_OR_RENEWAL);
        String text = cell.trimmedText().toLowerCase(Locale.ROOT);
        if (cell instanceof CellValue.Text && text.equals("yes")) {
            return Optional.of(false);
        }
        if (cell instanceof CellValue.Text && text.equals("continuous renewal")) {
            return Optional.of(true);
        }
        rejected.add(reject(row, Column.ELECTION_OR_RENEWAL, "neither 'Yes' nor 'Continuous Renewal': " + cell.quoted()));
        return Optional.empty();
    }

    private Optional<Integer> year(SheetRow row, List<RejectedRow> rejected) {
        CellValue cell = row.cell(Column.YEAR);
        Optional<Long> year = cell.wholeNumber();
        if (year.isEmpty()) {
            rejected.add(reject(row, Column.YEAR, "not a year: " + cell.quoted()));
            return Optional.empty();
        }
        if (year.get() < FIRST_YEAR || year.get() > LAST_YEAR) {
            rejected.add(reject(row, Column.YEAR, "year " + year.get() + " is outside the workbook's period, "
                    + FIRST_YEAR + " to " + LAST_YEAR));
            return Optional.empty();
        }
        return Optional.of(year.get().intValue());
    }

    private Optional<ChamberType> chamberType(SheetRow row, List<RejectedRow> rejected) {
        CellValue cell = row.cell(Column.CHAMBER_TYPE);
        Optional<ChamberType> type = cell instanceof CellValue.Text ? ChamberType.of(cell.trimmedText()) : Optional.empty();
        if (type.isEmpty()) {
            rejected.add(reject(row, Column.CHAMBER_TYPE, "unknown chamber type " + cell.quoted() + " (the workbook's types are "
                    + String.join(", ", Arrays.stream(ChamberType.values()).map(t -> "'" + t.label() + "'").toList()) + ")"));
        }
        return type;
    }

    /** Why a row of a type such as Special gives no figures; the caller says what follows. */
    static String noOneChamberReason(ChamberType type) {
        return "chamber type '" + type.label() + "' names no one chamber (Plenum records a lower or single chamber and"
                + " an upper chamber)";
    }

    private Count count(SheetRow row, Column column, Optional<Long> value, String unknownSuffix, List<RejectedRow> rejected) {
        if (value.isPresent()) {
            return new Count.Known(value.get());
        }
        CellValue cell = row.cell(column);
        rejected.add(reject(row, column, "not a count: " + cell.quoted() + unknownSuffix));
        return new Count.Unknown("IPU's " + column.header() + " cell reads " + cell.quoted());
    }

    /** Reports IPU's percentage when it disagrees with the counts; the counts are kept either way. */
    private void checkPercent(SheetRow row, long seats, long women, List<RejectedRow> rejected) {
        if (seats == 0) {
            return;
        }
        CellValue cell = row.cell(Column.WOMEN_PERCENT).result();
        Optional<Double> ipuPercent = Optional.empty();
        if (cell instanceof CellValue.Number number) {
            ipuPercent = Optional.of(number.value() * 100); // a percentage-formatted cell holds the fraction
        } else if (cell instanceof CellValue.Text) {
            Matcher m = PERCENT_TEXT.matcher(cell.trimmedText());
            if (m.matches()) {
                ipuPercent = Optional.of(Double.parseDouble(m.group(1)));
            }
        }
        double computed = 100.0 * women / seats;
        if (ipuPercent.isPresent() && Math.abs(ipuPercent.get() - computed) > PERCENT_TOLERANCE) {
            rejected.add(reject(row, Column.WOMEN_PERCENT, String.format(Locale.ROOT,
                    "IPU's percentage %s%% differs from %d women / %d seats = %.2f%% by more than %.1f point; "
                            + "the counts are kept (Plenum computes the percentage from them)",
                    plain(ipuPercent.get()), women, seats, computed, PERCENT_TOLERANCE)));
        }
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String describe(Optional<Long> count, CellValue cell) {
        return count.map(String::valueOf).orElse(cell.quoted());
    }

    private RejectedRow reject(SheetRow row, Column column, String reason) {
        return new RejectedRow(fileName, row.number(), column.header(), reason);
    }
}
