package org.plenum.exchange.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvLayout;
import org.plenum.exchange.csv.ReaderOutput;
import org.springframework.stereotype.Component;

/**
 * Format {@code reference}: the reference files bundled in {@code dataset/reference/} (see their
 * SOURCES.md and CHAMBERS-SOURCES.md). Any subset of them can be given, in any order, under any
 * name: each file is recognised by its header, which must be exactly that of one of
 * <ul>
 *   <li>{@code country-codes.csv}: countries and their codes and names ({@link CountryCodesFile});</li>
 *   <li>{@code ipu-regions.csv}: IPU regions ({@link IpuRegionsFile});</li>
 *   <li>{@code income-groups.csv}: World Bank income groups ({@link IncomeGroupsFile});</li>
 *   <li>{@code chambers.csv}: parliaments and chambers ({@link ChambersFile});</li>
 *   <li>{@code population-by-age-sex.csv}: population by age and sex ({@link PopulationFile}).</li>
 * </ul>
 * Each kind may be given once. Files that name countries by ISO alpha-3 code translate it through the
 * {@code country-codes.csv} of the same import when there is one, or else through the bundled copy.
 * Every country a file attaches facts to is declared, so that any subset imports into an empty
 * registry. The source of a fact is {@code <file name> row <n>}, the header being row 1. Each country has
 * one {@code country_name}, IPU's English name where IPU has one and the French of {@code country-codes.csv}
 * ({@link CountryNameFacts}).
 *
 * <p>Cells are read without their surrounding spaces; a blank cell gives no fact. A cell whose value
 * is invalid is rejected alone (the rest of its row is used); a row that cannot be attached to an
 * entity (unknown code, inconsistent structure) is rejected whole. The {@link ParsedFile} names all
 * the files, separated by ", ".
 */
@ImportFormat(name = "reference", arguments = "<list.csv>...",
        description = "the reference lists: country codes, IPU regions, income groups, chambers, population by age and sex")
@Component
public class ReferenceReader implements FormatReader {

    private static final List<CsvLayout> LAYOUTS = List.of(CountryCodesFile.LAYOUT, IpuRegionsFile.LAYOUT,
            IncomeGroupsFile.LAYOUT, ChambersFile.LAYOUT, PopulationFile.LAYOUT);

    @Override
    public String format() {
        return "reference";
    }

    @Override
    public ParsedFile read(List<InputFile> files) {
        Map<CsvLayout, CsvFile> byLayout = CsvLayout.recogniseEach(files, LAYOUTS, "file", "reference file");
        ReaderOutput out = new ReaderOutput();
        byLayout.values().forEach(out::countRowsAndRejectMalformed);
        CsvFile countryCodes = byLayout.get(CountryCodesFile.LAYOUT);
        Optional<CountryCodes> codesOfImport = Optional.ofNullable(countryCodes).map(file -> CountryCodesFile.read(file, out));
        CountryCodes codes = codesOfImport.orElseGet(CountryCodes::bundled);
        Optional<IpuNames> ipuNames = Optional.ofNullable(byLayout.get(IpuRegionsFile.LAYOUT))
                .map(file -> IpuRegionsFile.read(file, codes, out));
        CountryNameFacts.state(codesOfImport, ipuNames, out);
        byLayout.forEach((layout, file) -> {
            if (layout.equals(IncomeGroupsFile.LAYOUT)) {
                IncomeGroupsFile.read(file, codes, out);
            } else if (layout.equals(ChambersFile.LAYOUT)) {
                ChambersFile.read(file, codes, out);
            } else if (layout.equals(PopulationFile.LAYOUT)) {
                PopulationFile.read(file, codes, out);
            }
        });
        return out.toParsedFile(files.stream().map(InputFile::name).collect(Collectors.joining(", ")));
    }
}
