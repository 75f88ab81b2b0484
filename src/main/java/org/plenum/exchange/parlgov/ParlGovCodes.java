package org.plenum.exchange.parlgov;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.csv.Cells;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.csv.InvalidCell;
import org.plenum.exchange.csv.ReaderOutput;

/**
 * ParlGov's code table ({@code datacore__Code.csv}): what the numbers in other tables mean, by
 * variable. An election's {@code type} is an {@code election_type} code ({@code 13} =
 * {@code parliament}, {@code 1} = {@code ep}, the European Parliament); a party's {@code family} is a
 * {@code party_family} code whose {@code short} ({@code soc}, {@code con}, {@code eco}, …) is the
 * Plenum term id.
 */
final class ParlGovCodes {

    static final String ELECTION_TYPE = "election_type";
    static final String PARTY_FAMILY = "party_family";
    private static final String BUNDLED = "/dataset/parlgov/datacore__Code.csv";
    private static volatile ParlGovCodes bundled;

    /** One code: its variable and its short name. */
    record Code(String variable, String shortName) {
    }

    private final Map<Long, Code> byId = new HashMap<>();

    /** Reads the code table; rows that cannot be used go to {@code out}'s rejected rows. */
    static ParlGovCodes read(CsvFile file, ReaderOutput out) {
        ParlGovCodes codes = new ParlGovCodes();
        for (CsvRow row : file.rows()) {
            Cells cells = new Cells(row, out.rejected());
            try {
                long id = cells.requiredCount("id");
                Code code = new Code(cells.requiredText("table_variable"), cells.requiredText("short"));
                if (codes.byId.putIfAbsent(id, code) != null) {
                    out.reject(row.reject("id", "the code id " + id + " is on an earlier row already"));
                }
            } catch (InvalidCell e) {
                out.reject(row.reject(e));
            }
        }
        return codes;
    }

    /** The code {@code id} of {@code variable}, if there is one. */
    Optional<Code> code(String variable, long id) {
        Code code = byId.get(id);
        return code != null && code.variable().equals(variable) ? Optional.of(code) : Optional.empty();
    }

    /** The code table bundled with Plenum, used when an import does not include one. */
    static ParlGovCodes bundled() {
        ParlGovCodes codes = bundled;
        if (codes == null) {
            ReaderOutput ignored = new ReaderOutput();
            codes = read(CsvFile.bundled(BUNDLED), ignored);
            if (!ignored.rejected().isEmpty()) {
                throw new IllegalStateException("the bundled " + BUNDLED + " has rejected rows: " + ignored.rejected());
            }
            bundled = codes;
        }
        return codes;
    }
}
