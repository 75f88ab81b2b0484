package org.plenum.exchange.parlgov;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvLayout;
import org.plenum.exchange.csv.ReaderOutput;
import org.springframework.stereotype.Component;

/**
 * Format {@code parlgov}: the legacy CSV tables of ParlGov (parlgov.org; bundled in
 * {@code dataset/parlgov/}), national parliament elections, their results by party, and the parties.
 *
 * <p>Files are recognised by their header, not their name. Required: {@code datacore__Country.csv},
 * {@code elections__Election.csv}, {@code elections__ElectionResult.csv}, {@code parties__Party.csv}.
 * Optional: {@code datacore__Code.csv} (when absent, the bundled copy explains the election types and
 * party families) and {@code parties__PartyFamily.csv}. What each table gives, and every decision on
 * ParlGov's particular rows (European Parliament elections, alliances, collective "parties",
 * blank votes), is described on {@link Countries}, {@link Parties}, {@link Elections} and
 * {@link ElectionResults}.
 *
 * <p>{@code rowsRead} counts the data rows considered: every row of the given files except the
 * European Parliament elections and their results, which are left out by design (183 elections and
 * 1,881 results in the bundled files), neither imported nor rejected. The source of a fact is
 * {@code <file name> row <n>}, the header being row 1 (a quoted cell over several lines is still one
 * row). Cells are read without their surrounding spaces (ParlGov has a few names with a trailing
 * space). The {@link ParsedFile} names all the files, separated by ", ".
 */
@ImportFormat(name = "parlgov", arguments = "<table.csv>...",
        description = "ParlGov's tables (datacore__Country.csv, datacore__Code.csv, elections__Election.csv, ...)")
@Component
public class ParlGovReader implements FormatReader {

    @Override
    public String format() {
        return "parlgov";
    }

    @Override
    public ParsedFile read(List<InputFile> files) {
        String names = files.stream().map(InputFile::name).collect(Collectors.joining(", "));
        Map<CsvLayout, CsvFile> tables = CsvLayout.recogniseEach(files, ParlGovTables.ALL, "table", "ParlGov table");
        List<String> missing = ParlGovTables.REQUIRED.stream().filter(l -> !tables.containsKey(l))
                .map(CsvLayout::name).toList();
        if (!missing.isEmpty()) {
            throw new UnusableFileException(names, "a ParlGov import needs the tables "
                    + ParlGovTables.REQUIRED.stream().map(CsvLayout::name).collect(Collectors.joining(", "))
                    + " (recognised by their header); missing: " + String.join(", ", missing));
        }

        ReaderOutput out = new ReaderOutput();
        tables.values().forEach(out::countRowsAndRejectMalformed);
        CsvFile codeTable = tables.get(ParlGovTables.CODE);
        ParlGovCodes codes = codeTable == null ? ParlGovCodes.bundled() : ParlGovCodes.read(codeTable, out);
        Map<Long, String> countries = Countries.read(tables.get(ParlGovTables.COUNTRY), out);
        Parties.Table parties = Parties.read(tables.get(ParlGovTables.PARTY), countries, codes, out);
        CsvFile families = tables.get(ParlGovTables.PARTY_FAMILY);
        if (families != null) {
            Parties.readFamilies(families, parties, codes, out);
        }
        Elections.Table elections = Elections.read(tables.get(ParlGovTables.ELECTION), countries, codes, out);
        int europeanResults = ElectionResults.read(tables.get(ParlGovTables.ELECTION_RESULT), elections, parties, out);
        out.countRows(-elections.europeanParliament().size() - europeanResults);
        return out.toParsedFile(names);
    }
}
