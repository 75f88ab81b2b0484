package org.plenum.exchange.legislativeopenness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRow;

/**
 * Which chamber a respondent answered for: the single chamber of a unicameral parliament (the registry's
 * {@code reference/chambers.csv}), else the chamber {@code plenum-chambers.csv} names for the row of
 * {@code responses.csv} (Plenum's reading of who answered, with the reason), else none.
 */
final class Chambers {

    private final Map<String, List<String>> chambersByCountry;
    private final Map<Integer, String> byRow;
    private final List<String> problems = new ArrayList<>();
    private final Set<Integer> used = new HashSet<>();

    Chambers(Map<String, List<String>> chambersByCountry, Map<Integer, String> byRow) {
        this.chambersByCountry = chambersByCountry;
        this.byRow = byRow;
    }

    static Chambers bundled() {
        Map<String, List<String>> chambers = new HashMap<>();
        for (CsvRow row : CsvFile.bundled("/dataset/reference/chambers.csv").rows()) {
            String code = row.get("iso2") + (row.get("chamber_type").equals("upper") ? "-UC02" : "-LC01");
            chambers.computeIfAbsent(row.get("iso2"), c -> new ArrayList<>()).add(code);
        }
        Map<Integer, String> byRow = new HashMap<>();
        InputFile assignments = new InputFile("plenum-chambers.csv",
                LegislativeOpennessReader.resource(LegislativeOpennessReader.FOLDER + "plenum-chambers.csv"));
        for (CsvRow row : CsvFile.parse(assignments).rows()) {
            byRow.put(Integer.parseInt(row.get("row")), row.get("chamber"));
        }
        return new Chambers(chambers, byRow);
    }

    Optional<String> of(String country, int row) {
        List<String> chambers = chambersByCountry.getOrDefault(country, List.of());
        String named = byRow.get(row);
        if (named != null) {
            used.add(row);
            if (!chambers.contains(named)) {
                problems.add("plenum-chambers.csv: row " + row + " of responses.csv names " + named
                        + ", which is not a chamber of " + country + " in the registry");
                return Optional.empty();
            }
            return Optional.of(named);
        }
        return chambers.size() == 1 ? Optional.of(chambers.get(0)) : Optional.empty();
    }

    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        byRow.keySet().stream().filter(row -> !used.contains(row)).sorted().forEach(row -> all.add(
                "plenum-chambers.csv: row " + row + " of responses.csv is not a respondent's row"));
        return all;
    }
}
