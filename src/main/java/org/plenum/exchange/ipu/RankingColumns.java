package org.plenum.exchange.ipu;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.CsvRecord;

/**
 * Where the columns of a ranking table are, read from its two header rows: {@code Rank}, {@code
 * Country}, then a group of four columns ({@code Elections}, {@code Seats} or {@code Seats*}, {@code
 * Women}, {@code % W}) under a label naming the lower or single house ({@code Lower or single House}) and,
 * optionally, one under a label naming the upper chamber ({@code Upper chamber}, {@code Upper House or
 * Senate}).
 *
 * @param width the number of columns of the table
 */
record RankingColumns(ChamberColumns lower, Optional<ChamberColumns> upper, int width) {

    /** The four columns of one chamber; {@link #name(int)} gives the name used in rejected rows. */
    record ChamberColumns(String label, int first, List<String> subLabels) {
        static final int ELECTIONS = 0;
        static final int SEATS = 1;
        static final int WOMEN = 2;
        static final int PERCENT = 3;

        String name(int column) {
            return label + " / " + subLabels.get(column);
        }

        String cell(CsvRecord row, int column) {
            return row.cell(first + column);
        }
    }

    private static final String[] EXPECTED = {"elections", "seats", "women", "%w"};

    static RankingColumns read(String fileName, CsvRecord header, CsvRecord subHeader) {
        ChamberColumns lower = null;
        ChamberColumns upper = null;
        int i = 2;
        int width = subHeader.usedCells();
        while (i < width) {
            if (!normalised(subHeader.cell(i)).equals(EXPECTED[0])) {
                throw layout(fileName, subHeader, "column " + (i + 1) + " is '" + subHeader.cell(i)
                        + "', expected Elections");
            }
            String[] subLabels = new String[4];
            for (int k = 0; k < 4; k++) {
                if (!normalised(subHeader.cell(i + k)).equals(EXPECTED[k])) {
                    throw layout(fileName, subHeader, "column " + (i + k + 1) + " is '" + subHeader.cell(i + k)
                            + "', expected Elections, Seats, Women, % W");
                }
                subLabels[k] = subHeader.cell(i + k).strip();
            }
            String label = header.cell(i).strip();
            String lowerCase = label.toLowerCase(Locale.ROOT);
            ChamberColumns group = new ChamberColumns(label, i, List.of(subLabels));
            if ((lowerCase.contains("lower") || lowerCase.contains("single")) && lower == null) {
                lower = group;
            } else if ((lowerCase.contains("upper") || lowerCase.contains("senate")) && upper == null) {
                upper = group;
            } else {
                throw layout(fileName, header, "column " + (i + 1) + " is '" + label
                        + "', expected a lower or single house, then an upper chamber");
            }
            i += 4;
        }
        if (lower == null) {
            throw layout(fileName, header, "no columns for the lower or single house");
        }
        return new RankingColumns(lower, Optional.ofNullable(upper), width);
    }

    private static String normalised(String label) {
        return label.replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static UnusableFileException layout(String fileName, CsvRecord row, String reason) {
        return new UnusableFileException(fileName, "row " + row.number() + ": not the ranking's table header: " + reason);
    }
}
