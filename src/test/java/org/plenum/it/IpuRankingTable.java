package org.plenum.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plenum.stats.ChamberFigures;
import org.plenum.stats.Headcount;
import org.plenum.stats.WomenRankingRow;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The table of an IPU ranking export read independently of Plenum's importer: plain CSV records, the table
 * being every record after the two header rows ({@code Rank, Country, …} and {@code , , Elections, Seats, …}).
 * Each row is kept as IPU prints its ten cells, and a {@link WomenRankingRow} is printed the same way, so that
 * the two can be compared cell by cell.
 */
final class IpuRankingTable {

    private static final DateTimeFormatter ELECTION = DateTimeFormatter.ofPattern("MM.yyyy");

    private IpuRankingTable() {
    }

    /** The table's rows, each as its ten cells joined by " | ". */
    static List<String> rows(String resource) {
        return rows(resource, records(resource));
    }

    /** The table's rows of a file's content, each as its ten cells joined by " | ". */
    static List<String> rows(byte[] content) {
        return rows("the file", records(new ByteArrayInputStream(content)));
    }

    private static List<String> rows(String resource, List<String[]> records) {
        int header = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).length >= 2 && records.get(i)[0].equals("Rank") && records.get(i)[1].equals("Country")) {
                header = i;
            }
        }
        if (header < 0) {
            throw new IllegalStateException(resource + " has no Rank, Country header");
        }
        List<String> rows = new ArrayList<>();
        for (String[] record : records.subList(header + 2, records.size())) {
            if (record.length == 1 && record[0].isBlank()) {
                continue;
            }
            rows.add(String.join(" | ", Arrays.copyOf(record, 10)));
        }
        return rows;
    }

    /** Every CSV record of the file (a quoted cell over several lines is one record). */
    static List<String[]> records(String resource) {
        try (InputStream in = IpuRankingTable.class.getResourceAsStream(resource)) {
            return records(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> records(InputStream in) {
        CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(in)) {
            List<String[]> all = rows.readAll();
            if (!all.isEmpty() && all.get(0).length > 0 && all.get(0)[0].startsWith("\uFEFF")) {
                all.get(0)[0] = all.get(0)[0].substring(1);
            }
            return all;
        }
    }

    /** A Plenum ranking row printed as IPU prints its ten cells, joined by " | ". */
    static String print(WomenRankingRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.rankLabel());
        cells.add(row.countryName());
        cells.addAll(chamber(row.lowerChamber()));
        cells.addAll(row.upperChamber().map(IpuRankingTable::chamber).orElse(List.of("-", "-", "-", "-")));
        return String.join(" | ", cells);
    }

    private static List<String> chamber(ChamberFigures chamber) {
        return List.of(chamber.lastElectionMonth().map(ELECTION::format).orElse("-"), count(chamber.members()),
                count(chamber.women()), chamber.womenPercent().map(p -> p.toPlainString()).orElse("-"));
    }

    private static String count(Headcount count) {
        return count.known() ? Long.toString(count.value().getAsLong()) : "-";
    }
}
