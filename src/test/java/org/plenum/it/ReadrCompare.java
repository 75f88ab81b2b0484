package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a compare file as a real script reads IPU's: R readr {@code read_csv(skip = 15, col_types = "ccccn-DDccc")}.
 * Emulated here: CSV records as readr splits them (quoted cells may hold newlines), the first 15 records skipped,
 * the next one the header (IPU's eleven column names), then each row: eleven cells, the fifth a number
 * ({@code parse_number}: digits, or one of IPU's texts that readr turns into NA), the seventh and eighth ISO dates
 * or {@code -} (NA).
 */
final class ReadrCompare {

    static final List<String> HEADER = List.of("ISO Code", "Country", "Chamber", "Status", "Percentage of women", "Year",
            "date_from", "date_to", "Notes", "Structure", "Chamber type");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final List<String> NA_TEXTS = List.of("No information available", "Not applicable");

    private ReadrCompare() {
    }

    /** The data rows after {@code skip = 15} and the header, checked against the column types. */
    static List<List<String>> read(byte[] content) {
        List<List<String>> records = records(new String(content, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        assertThat(records.size()).as("records").isGreaterThan(16);
        List<String> header = records.get(15);
        assertThat(header).hasSize(11);
        // readr takes the header's names; the fifth is the field's label, the others IPU's
        for (int i = 0; i < 11; i++) {
            if (i != 4) {
                assertThat(header.get(i)).as("column %d of the header", i + 1).isEqualTo(HEADER.get(i));
            }
        }
        List<List<String>> rows = records.subList(16, records.size());
        for (List<String> row : rows) {
            assertThat(row).as("a row of eleven cells").hasSize(11);
            String value = row.get(4);
            assertThat(NUMBER.matcher(value).matches() || NA_TEXTS.contains(value)).as("a number or NA: %s", value).isTrue();
            for (int i : new int[] {6, 7}) {
                assertThat(DATE.matcher(row.get(i)).matches() || row.get(i).equals("-")).as("a date or -: %s", row.get(i)).isTrue();
            }
        }
        return rows;
    }

    /** RFC 4180 records: cells separated by commas, quoted cells with doubled quotes and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!record.isEmpty() || cell.length() > 0) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
