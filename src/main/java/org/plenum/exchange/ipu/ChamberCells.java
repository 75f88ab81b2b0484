package org.plenum.exchange.ipu;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.plenum.exchange.csv.CsvRecord;
import org.plenum.exchange.csv.InvalidCell;
import org.plenum.exchange.ipu.RankingColumns.ChamberColumns;

/**
 * The four cells of one chamber in a ranking row, checked: election month, seats filled, women and
 * the published share of women. A cell holding a dash ({@code -}, or an en or em dash) means "no such
 * chamber / not available" and reads as empty; an empty cell is refused (the exports write a dash).
 *
 * <p>Checks: seats is a whole number above 0; women is a whole number, 0 or more and not above seats,
 * and is given only with seats; % W is given exactly when seats and women are, and agrees with them
 * (see {@link WomenPercent}).
 */
record ChamberCells(Optional<YearMonth> election, Optional<Long> seats, Optional<Long> women,
                    Optional<BigDecimal> percent) {

    /** Whether every cell is a dash: the country has no such chamber. */
    boolean absent() {
        return election.isEmpty() && seats.isEmpty() && women.isEmpty() && percent.isEmpty();
    }

    static ChamberCells read(CsvRecord row, ChamberColumns columns, YearMonth referenceMonth) {
        String electionName = columns.name(ChamberColumns.ELECTIONS);
        String seatsName = columns.name(ChamberColumns.SEATS);
        String womenName = columns.name(ChamberColumns.WOMEN);
        String percentName = columns.name(ChamberColumns.PERCENT);

        Optional<YearMonth> election = value(columns.cell(row, ChamberColumns.ELECTIONS), electionName)
                .map(text -> ElectionMonth.decode(text, referenceMonth, electionName));
        Optional<Long> seats = value(columns.cell(row, ChamberColumns.SEATS), seatsName)
                .map(text -> wholeNumber(text, seatsName));
        Optional<Long> women = value(columns.cell(row, ChamberColumns.WOMEN), womenName)
                .map(text -> wholeNumber(text, womenName));
        Optional<BigDecimal> percent = value(columns.cell(row, ChamberColumns.PERCENT), percentName)
                .map(text -> decimal(text, percentName));

        if (seats.isPresent() && seats.get() <= 0) {
            throw new InvalidCell(seatsName, "seats must be more than 0, found " + seats.get());
        }
        if (women.isPresent()) {
            if (women.get() < 0) {
                throw new InvalidCell(womenName, "women cannot be negative, found " + women.get());
            }
            if (seats.isEmpty()) {
                throw new InvalidCell(womenName, women.get() + " women but no number of seats");
            }
            if (women.get() > seats.get()) {
                throw new InvalidCell(womenName, women.get() + " women is more than the " + seats.get() + " seats");
            }
            if (percent.isEmpty()) {
                throw new InvalidCell(percentName, "no % W although seats and women are given");
            }
            WomenPercent.check(percent.get(), women.get(), seats.get(), percentName);
        } else if (percent.isPresent()) {
            throw new InvalidCell(percentName, "% W is " + percent.get().toPlainString()
                    + " but the number of women is not given");
        }
        return new ChamberCells(election, seats, women, percent);
    }

    /** The cell's text, or empty for a dash. */
    private static Optional<String> value(String cell, String column) {
        String text = cell.strip();
        if (text.isEmpty()) {
            throw new InvalidCell(column, "empty cell (the ranking writes '-' when there is no value)");
        }
        return text.matches("[-\u2013\u2014]+") ? Optional.empty() : Optional.of(text);
    }

    private static long wholeNumber(String text, String column) {
        if (!text.matches("-?\\d{1,9}")) {
            throw new InvalidCell(column, "'" + text + "' is not a whole number");
        }
        return Long.parseLong(text);
    }

    private static BigDecimal decimal(String text, String column) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!number.matches("\\d{1,3}(\\.\\d+)?")) {
            throw new InvalidCell(column, "'" + text + "' is not a percentage");
        }
        return new BigDecimal(number);
    }
}
