package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.ExportCommandLine;
import org.plenum.exchange.ImportReport;
import org.plenum.exchange.ImportService;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.export.BadExportParameter;
import org.plenum.exchange.export.DownloadService;
import org.plenum.exchange.export.ExportFile;
import org.plenum.exchange.export.ExportRequest;
import org.plenum.exchange.ipu.IpuCompareReader;
import org.plenum.exchange.ipu.IpuRankingReader;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.TimedValue;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.PublishedRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The downloads end to end on a real database with the bundled dataset: the files of each format, their round
 * trips through Plenum's own importers, and the errors. Subclasses choose the database (H2, PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DownloadsIntegrationTest {

    static final String RANKING = "/dataset/ipu/women-ranking-2025-11.csv";
    static final String TABLE_HEADER = "\"Rank\",\"Country\",";

    @LocalServerPort
    int port;
    @Autowired
    DownloadService downloads;
    @Autowired
    ImportService imports;
    @Autowired
    PublishedRegistry registry;
    @Autowired
    ExportCommandLine commandLine;

    ExportFile export(String report, String format, Map<String, String> parameters) {
        Map<String, String> options = new java.util.LinkedHashMap<>(parameters);
        options.put("format", format);
        return downloads.export(ExportRequest.of(report, options));
    }

    ExportFile ranking(int year, int month, String format) {
        return export("women-ranking", format, Map.of("year", Integer.toString(year), "month", Integer.toString(month)));
    }

    static byte[] resource(String name) {
        try (InputStream in = DownloadsIntegrationTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The text from the table's header row to the end of the file. */
    static String table(String text) {
        assertThat(text).contains(TABLE_HEADER);
        return text.substring(text.indexOf(TABLE_HEADER));
    }

    @Test
    void theNovember2025IpuCsvHasIpusTableByteForByte() {
        ExportFile file = ranking(2025, 11, "ipu-csv");
        String exported = utf8(file.content());
        String original = utf8(resource(RANKING));

        assertThat(file.fileName()).isEqualTo("women-ranking-2025-11.csv");
        assertThat(file.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(IpuRankingTable.rows(file.content())).hasSize(193)
                .containsExactlyElementsOf(IpuRankingTable.rows(RANKING));
        // From the header row to the last byte, the file is IPU's: quoting, ditto marks, "-", line ends.
        assertThat(table(exported)).isEqualTo(table(original));
        // The metadata block is Plenum's (publisher, links, licence, date accessed), in IPU's layout.
        assertThat(exported).startsWith("\uFEFF\"Title\",\"Monthly ranking of women in national parliaments\","
                + "\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n\"Reference period\",\"November 2025\",");
        assertThat(exported).contains("\"Publisher\",\"Plenum\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n")
                .contains("\"API URL\",\"http://localhost:8080/api/v1/reports/women-ranking?year=2025&month=11\",")
                .contains("https://creativecommons.org/licenses/by-nc-sa/4.0/")
                .contains("*   South Africa: The figures on the distribution of seats in the Upper House do not include"
                        + " the 36 special rotating delegates appointed on an ad hoc basis; the Upper House percentage"
                        + " is therefore calculated on the basis of the 54 permanent seats.\",\"\",")
                .contains("\"\n\"\n" + TABLE_HEADER);
    }

    @Test
    void theNovember2025IpuCsvReadsBackWithTheIpuRankingReaderToTheSameFacts() {
        IpuRankingReader reader = new IpuRankingReader();
        ParsedFile original = reader.read(new InputFile("original.csv", resource(RANKING)));
        ParsedFile exported = reader.read(new InputFile("exported.csv", ranking(2025, 11, "ipu-csv").content()));

        assertThat(exported.rejected()).isEmpty();
        assertThat(exported.rowsRead()).isEqualTo(193);
        assertThat(exported.entities()).containsExactlyInAnyOrderElementsOf(original.entities());
        assertThat(withoutSource(exported.facts())).hasSize(original.facts().size())
                .containsExactlyInAnyOrderElementsOf(withoutSource(original.facts()));
    }

    /** The facts as (entity, field, valid time, value, annotation): the source names the file and row. */
    private static List<String> withoutSource(List<FactAssertion> facts) {
        return facts.stream().map(f -> f.entity() + " " + f.field() + " " + f.validTime() + " " + f.value() + " "
                + f.annotation()).sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void anOlderMonthImportedWithIpuRankingIsExportedBackRowForRow() {
        String october = utf8(resource(RANKING))
                .replace("\"Reference period\",\"November 2025\"", "\"Reference period\",\"October 2025\"")
                .replace("\"1\",\"Rwanda\",\"07.2024\",\"80\",\"51\",\"63.8\",\"09.2024\",\"26\",\"13\",\"50.0\"",
                        "\"1\",\"Rwanda\",\"07.2024\",\"80\",\"50\",\"62.5\",\"09.2024\",\"26\",\"12\",\"46.2\"")
                .replace("\"20\",\"Netherlands\",\"10.2025\",", "\"20\",\"Netherlands\",\"11.2023\",")
                .replace("\"180\",\"Oman\",\"10.2023\",\"90\",\"0\",\"0.0\",",
                        "\"180\",\"Oman\",\"10.2023\",\"90\",\"1\",\"1.1\",")
                .replace("\"\u201C\",\"Tuvalu\",", "\"181\",\"Tuvalu\",");
        byte[] content = october.getBytes(StandardCharsets.UTF_8);
        ImportReport report = imports.importFiles("ipu-ranking", List.of(new InputFile("women-ranking-2025-10.csv", content)));
        registry.refresh();
        assertThat(report.rejected()).isEmpty();

        ExportFile exported = ranking(2025, 10, "ipu-csv");
        List<String> rows = IpuRankingTable.rows(exported.content());
        assertThat(rows).containsExactlyElementsOf(IpuRankingTable.rows(content));
        assertThat(rows).contains("1 | Rwanda | 07.2024 | 80 | 50 | 62.5 | 09.2024 | 26 | 12 | 46.2",
                "181 | Tuvalu | 01.2024 | 16 | 0 | 0.0 | - | - | - | -",
                "\u201C | Yemen | 04.2003 | 245 | 0 | 0.0 | 04.2001 | 90 | 1 | 1.1");
        assertThat(table(utf8(exported.content()))).isEqualTo(table(october));
        // November is still November's.
        assertThat(IpuRankingTable.rows(ranking(2025, 11, "ipu-csv").content()))
                .containsExactlyElementsOf(IpuRankingTable.rows(RANKING));
    }

    @Test
    void theTidyCsvHasOneHeaderRowAndOneRowPerCountryWithTheRanksIpuDoesNotPrint() {
        ExportFile file = ranking(2025, 11, "csv");
        List<String> lines = List.of(utf8(file.content()).split("\r\n"));

        assertThat(file.fileName()).isEqualTo("women-ranking-2025-11.csv");
        assertThat(lines).hasSize(1 + 193);
        assertThat(lines.get(0)).isEqualTo("position,country_code,country_name,standing,rank,tied_with_row_above,"
                + "true_rank,dense_rank,lower_chamber_code,lower_last_election,lower_members,lower_women,"
                + "lower_women_percent,lower_counted_since,lower_seat_basis_note,upper_chamber_code,upper_last_election,"
                + "upper_members,upper_women,upper_women_percent,upper_counted_since,upper_seat_basis_note,previous_month_since,"
                + "previous_month_earlier_percent,previous_month_earlier_rank,previous_month_percent_points,"
                + "previous_month_ranks_gained,year_before_since,year_before_earlier_percent,year_before_earlier_rank,"
                + "year_before_percent_points,year_before_ranks_gained");
        assertThat(lines.get(1)).startsWith("1,RW,Rwanda,ranked,1,false,1,1,RW-LC01,2024-07,80,51,63.8,2025-11-01,,RW-UC02,2024-09,26,13,50.0,2025-11-01,,");
        // United Arab Emirates is tied with Andorra (rank 6, ditto in IPU's table), dense rank 6 too
        assertThat(lines.get(7)).startsWith("7,AE,United Arab Emirates,ranked,6,true,6,6,AE-LC01,");
        assertThat(lines.get(193)).startsWith("193,SD,Sudan,suspended,,false,,,SD-LC01,");
    }

    @Test
    void theJsonDocumentHasTheMetadataAndEveryRowWithNumbersAsNumbers() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(ranking(2025, 11, "json").content());

        assertThat(json.at("/report").asString()).isEqualTo("women-ranking-2025-11");
        assertThat(json.at("/metadata/Reference period").asString()).isEqualTo("November 2025");
        assertThat(json.at("/rows")).hasSize(193);
        assertThat(json.at("/rows/0/lower_women_percent").isNumber()).isTrue();
        assertThat(json.at("/rows/0/lower_women_percent").decimalValue()).isEqualByComparingTo("63.8");
        assertThat(json.at("/rows/192/rank").isNull()).isTrue();
    }

    @Test
    void theWorkbookHasTheTableWithNumericCellsAndTheMetadata() throws Exception {
        ExportFile file = ranking(2025, 11, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet data = workbook.getSheet("data");
            assertThat(data.getLastRowNum()).isEqualTo(193);
            assertThat(data.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Rwanda");
            assertThat(data.getRow(1).getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(data.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(63.8);
            Sheet metadata = workbook.getSheet("metadata");
            assertThat(metadata.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Reference period");
            assertThat(metadata.getRow(1).getCell(1).getStringCellValue()).isEqualTo("November 2025");
        }
        assertThat(file.fileName()).isEqualTo("women-ranking-2025-11.xlsx");
    }

    @Test
    void theAveragesAreExportedOneRowPerAreaAndChambers() {
        String csv = utf8(export("women-averages", "csv", Map.of("year", "2025", "month", "11")).content());
        assertThat(csv).startsWith("area_kind,area_id,area_name,chambers,chamber_count,seats,men,women,women_percent\r\n"
                + "world,world,World,lower,182,");
        String ipu = utf8(export("women-averages", "ipu-csv", Map.of("year", "2025", "month", "11")).content());
        assertThat(ipu).contains("\"Region\",\"Structure\",\"Chambers\",\"Seats\",\"Men\",\"Women\",\"% W\"\n"
                + "\"World\",\"Lower or single House\",\"182\",");
    }

    /** The figures of RegistryIntegrationTest's hand-checked 2014-01-01 case: Liechtenstein, Montenegro, together. */
    @Test
    void theAgeBracketsAreExportedPerChamberThenTheAggregate() {
        Map<String, String> january2014 = Map.of("year", "2014", "month", "1");
        List<String> lines = List.of(utf8(export("age-brackets", "csv", january2014).content()).split("\r\n"));
        assertThat(lines).containsExactly("chamber_code,method,members,members_of_known_age,without_birth_date,"
                        + "unusable_birth_date,aged_30_or_under,aged_40_or_under,aged_45_or_under,percent_30_or_under,"
                        + "percent_40_or_under,percent_45_or_under,mean_age",
                "LI-LC01,computed,26,26,0,0,0,5,10,0.00,19.23,38.46,47.8",
                "ME-LC01,computed,82,54,28,0,1,8,14,1.85,14.81,25.93,50.3",
                ",aggregate,80,,,,,,,1.25,16.25,30.00,49.5");
        String ipu = utf8(export("age-brackets", "ipu-csv", january2014).content());
        assertThat(ipu).contains("\"Reference period\",\"January 2014\",")
                .endsWith("\"Chamber\",\"Method\",\"Members\",\"% aged 30 or under\",\"% aged 40 or under\","
                        + "\"% aged 45 or under\",\"Mean age\"\n"
                        + "\"LI-LC01\",\"computed\",\"26\",\"0.00\",\"19.23\",\"38.46\",\"47.8\"\n"
                        + "\"ME-LC01\",\"computed\",\"82\",\"1.85\",\"14.81\",\"25.93\",\"50.3\"\n"
                        + "\"All chambers with data\",\"aggregate\",\"80\",\"1.25\",\"16.25\",\"30.00\",\"49.5\"\n");
        assertThatThrownBy(() -> export("age-brackets", "csv", Map.of("year", "2014", "month", "1", "chamber", "XX-LC01")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("chamber"));
    }

    @Test
    void theSdgReportIsWrittenInTheSdmxFormatsAndTheOthers() {
        Map<String, String> query = Map.of("year", "2020", "series", "SG_GEN_PARL,SG_GEN_PARLN");
        ExportFile sdmx = export("sdg", "sdmx-csv", query);
        assertThat(sdmx.fileName()).isEqualTo("sdg-2020.csv");
        assertThat(utf8(sdmx.content())).startsWith("STRUCTURE,").contains(",SG_GEN_PARL,646,F,");
        ExportFile xml = export("sdg", "sdmx-ml", query);
        assertThat(xml.fileName()).isEqualTo("sdg-2020.xml");
        assertThat(utf8(xml.content())).contains("SERIES=\"SG_GEN_PARLN\" REF_AREA=\"646\"");

        String csv = utf8(export("sdg", "csv", query).content());
        assertThat(csv).startsWith("series,indicator,area_kind,area_code,m49_code,area_name,chamber_code,reference_date,"
                + "value,missing_reason,notes\r\n").contains("\r\nSG_GEN_PARLN,5.5.1(a),country,RW,646,Rwanda,RW-LC01,2020-01-01,49,");
        String ipu = utf8(export("sdg", "ipu-csv", query).content());
        assertThat(ipu).contains("\"Reference period\",\"2020\",\"\",")
                .contains("\"SG_GEN_PARLN\",\"5.5.1(a)\",\"Rwanda\",\"646\",\"RW-LC01\",\"49\",");

        assertThatThrownBy(() -> export("sdg", "csv", Map.of("year", "2020", "series", "SG_GEN_PARL,NOPE")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("series"));
        assertThatThrownBy(() -> export("sdg", "csv", Map.of("year", "1990")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("year"));
    }

    static final String COMPARE = "/dataset/ipu/compare-upper-chambers-women-percent-2020.csv";

    @Test
    void theCompareExportOfAYearHasIpusLayoutAndReadsBackWithIpuCompareToTheRegistrysValues() {
        ExportFile file = export("compare", "ipu-csv", Map.of("field", "current_women_percent", "structure", "upper",
                "from-year", "2020", "to-year", "2020"));
        String text = utf8(file.content());
        assertThat(file.fileName()).isEqualTo("compare-current_women_percent-2020.csv");
        assertThat(text).startsWith("\uFEFF\"Compare field name\",\"Percentage of women\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n")
                .contains("\"Field Id\",\"current_women_percent\",").contains("\"Structure\",\"Only upper chambers\",")
                .contains("\"API URL\",\"http://localhost:8080/api/v1/chambers?")
                .contains("\"\n\"\n\"ISO Code\",\"Country\",\"Chamber\",\"Status\",\"Percentage of women\",\"Year\","
                        + "\"date_from\",\"date_to\",\"Notes\",\"Structure\",\"Chamber type\"\n");
        List<List<String>> rows = ReadrCompare.read(file.content());
        // Where IPU's 2020 file has a value, the row is IPU's, byte for byte: the reported percentage is no longer
        // hidden by a share computed from older counts (Austria's 2017 counts)
        List<String> lines = List.of(text.split("\n"));
        assertThat(lines).contains(
                "\"BS\",\"Bahamas\",\"Senate\",\"\",\"43.8\",\"\",\"2017-05-01\",\"2021-09-30\",\"\",\"Bicameral\",\"Upper chamber\"",
                "\"BH\",\"Bahrain\",\"Shura Council\",\"\",\"22.5\",\"\",\"2014-12-01\",\"2022-10-31\",\"\",\"Bicameral\",\"Upper chamber\"");
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 9)).containsExactly("AT", "Austria", "Federal Council", "",
                "42.6", "", "2020-12-01", "2020-12-31", ""));
        // IPU's conventions: Notes empty; every current upper chamber, with "No information available" where it has
        // no value that year (Chad's Senate, created in 2023); no abolished chamber (Denmark's Landsting, 1953)
        assertThat(rows).allSatisfy(r -> assertThat(r.get(8)).isEmpty());
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("TD", "Chad", r.get(2), "", "No information available",
                "", "-", "-", "", r.get(9), "-"));
        assertThat(rows).noneMatch(r -> r.get(0).equals("DK") || r.get(0).equals("SE") || r.get(0).equals("NZ"));
        assertThat(rows).extracting(r -> r.get(0)).doesNotHaveDuplicates();
        System.out.println("compare export 2020, upper chambers: " + rows.size() + " rows ("
                + rows.stream().filter(r -> r.get(4).equals("No information available")).count() + " without a value)");
        assertThat(rows.size()).isBetween(80, 95);

        ParsedFile parsed = new IpuCompareReader().read(new InputFile("exported.csv", file.content()));
        // the rows without a value have no period: the reader refuses them, as it refuses IPU's own
        assertThat(parsed.rejected()).allSatisfy(r -> assertThat(r.reason()).startsWith("no date_from"));
        assertThat(parsed.rejected()).hasSize((int) rows.stream().filter(r -> r.get(6).equals("-")).count());
        List<FactAssertion> values = parsed.facts().stream().filter(f -> f.field().equals("current_women_percent")).toList();
        assertThat(values).hasSize(parsed.rowsRead() - parsed.rejected().size());
        for (FactAssertion fact : values) {
            EntityRecord chamber = registry.current().get(fact.entity()).orElseThrow();
            LocalDate from = fact.validTime().from().orElseThrow();
            // one interval per value: the registry has that value on the interval's first and last day
            assertThat(chamber.valueAt("current_women_percent", from, EntityRecord.LATEST).orElseThrow().value())
                    .as(fact.toString()).isEqualTo(fact.value());
            fact.validTime().to().ifPresent(to -> assertThat(chamber.valueAt("current_women_percent", to, EntityRecord.LATEST)
                    .orElseThrow().value()).as(fact.toString()).isEqualTo(fact.value()));
            assertThat(fact.entity().code()).endsWith("-UC02");
        }
    }

    @Test
    void everyCompareExportReadsWithReadrsSkip15AndIpusColumnTypes() {
        for (String structure : List.of("upper", "lower", "any")) {
            for (String field : List.of("current_women_percent", "current_members_number")) {
                ExportFile file = export("compare", "ipu-csv", Map.of("field", field, "structure", structure,
                        "from-year", "2018", "to-year", "2025"));
                List<List<String>> rows = ReadrCompare.read(file.content());
                assertThat(rows).as(structure + " " + field).isNotEmpty();
            }
        }
        ExportFile old = export("compare", "ipu-csv", Map.of("field", "current_women_percent", "structure", "upper",
                "from-year", "1950", "to-year", "1960"));
        List<List<String>> rows = ReadrCompare.read(old.content());
        assertThat(rows).noneMatch(r -> r.get(0).equals("DK"));
    }

    @Test
    void denmarksUpperChamberIsAbsentAfter1953AndCubasFiguresOf2013ArePresent() {
        EntityRecord landsting = registry.current().get(org.plenum.registry.EntityRef.chamber("DK-UC02")).orElseThrow();
        assertThat(landsting.valueAt("current_members_number", LocalDate.of(1952, 6, 1), EntityRecord.LATEST).orElseThrow().value())
                .isInstanceOf(org.plenum.registry.FactValue.Present.class);
        for (LocalDate date : List.of(LocalDate.of(1953, 1, 1), LocalDate.of(1970, 1, 1), LocalDate.of(2025, 11, 1))) {
            assertThat(landsting.valueAt("current_women_percent", date, EntityRecord.LATEST).orElseThrow().value())
                    .isEqualTo(org.plenum.registry.FactValue.missing(org.plenum.registry.FactValue.NOT_APPLICABLE));
        }
        EntityRecord cuba = registry.current().get(org.plenum.registry.EntityRef.chamber("CU-LC01")).orElseThrow();
        for (int year = 2013; year <= 2017; year++) {
            assertThat(cuba.valueAt("current_women_number", LocalDate.of(year, 6, 1), EntityRecord.LATEST).orElseThrow().value())
                    .as("Cuba %d", year).isEqualTo(org.plenum.registry.FactValue.of(299));
        }
    }

    /**
     * IPU's 2020 compare file (upper chambers, share of women), value for value: each of its values is the
     * registry's on the first and the last day of the interval IPU gives it ({@code as_of} in the interval).
     */
    @Test
    void ipusCompareFileOf2020IsReproducedValueForValueFromTheBundledData() {
        ParsedFile ipu = new IpuCompareReader().read(new InputFile("compare-upper-chambers-women-percent-2020.csv",
                resource(COMPARE)));
        List<FactAssertion> values = ipu.facts().stream().filter(f -> f.field().equals("current_women_percent")).toList();
        List<String> differences = new java.util.ArrayList<>();
        for (FactAssertion fact : values) {
            LocalDate from = fact.validTime().from().orElseThrow();
            for (LocalDate asOf : List.of(from, fact.validTime().to().orElse(from))) {
                java.util.Optional<TimedValue> plenum = registry.current().get(fact.entity())
                        .flatMap(c -> c.valueAt("current_women_percent", asOf, EntityRecord.LATEST));
                if (!plenum.map(TimedValue::value).equals(java.util.Optional.of(fact.value()))) {
                    differences.add(fact.entity().code() + " as of " + asOf + ": IPU " + fact.value() + ", Plenum "
                            + plenum.map(TimedValue::value).map(Object::toString).orElse("nothing"));
                }
            }
        }
        System.out.println("compare 2020: " + values.size() + " values, " + differences.size() + " differences " + differences);
        ExportFile exported = export("compare", "ipu-csv", Map.of("field", "current_women_percent", "structure", "upper",
                "from-year", "2020", "to-year", "2020"));
        List<List<String>> ipuRows = ReadrCompare.read(resource(COMPARE));
        List<List<String>> plenumRows = ReadrCompare.read(exported.content());
        long sameValueAndInterval = ipuRows.stream().filter(r -> plenumRows.stream().anyMatch(p -> p.get(0).equals(r.get(0))
                && p.get(4).equals(r.get(4)) && p.get(6).equals(r.get(6)) && p.get(7).equals(r.get(7)))).count();
        System.out.println("compare 2020 export: " + sameValueAndInterval + " of " + ipuRows.size()
                + " of IPU's rows with the same value and interval; the others: " + ipuRows.stream().filter(r -> plenumRows.stream()
                .noneMatch(p -> p.get(0).equals(r.get(0)) && p.get(4).equals(r.get(4)) && p.get(6).equals(r.get(6))
                        && p.get(7).equals(r.get(7)))).map(r -> r.get(0) + " " + r.get(4) + " " + r.get(6) + ".." + r.get(7) + " / "
                        + plenumRows.stream().filter(p -> p.get(0).equals(r.get(0))).map(p -> p.get(4) + " " + p.get(6) + ".." + p.get(7))
                        .findFirst().orElse("absent")).toList());
        assertThat(values).hasSize(82); // 81 percentages and Sudan's "Not applicable"; the 4 rows without dates give none
        assertThat(differences).isEmpty();
    }

    @Test
    void theCompareExportOfSeveralYearsGivesEachYearsLastValueOnceAndReadsBack() {
        ExportFile file = export("compare", "csv", Map.of("field", "current_women_number", "chambers", "RW-LC01,FR-UC02",
                "from-year", "2016", "to-year", "2025"));
        List<String> lines = List.of(utf8(file.content()).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("iso_code,country,chamber_code,chamber,status,current_women_number,"
                + "missing_reason,date_from,date_to,notes,structure,chamber_type");
        assertThat(lines).filteredOn(l -> l.contains(",RW-LC01,")).hasSizeGreaterThan(1);
        assertThat(lines).filteredOn(l -> l.contains(",RW-LC01,")).last().asString().contains(",51,,2025-11-01,,");
        // one interval per value: Rwanda's 80 seats, the same at every election since 2003, are one row
        ExportFile members = export("compare", "csv", Map.of("field", "current_members_number", "chambers", "RW-LC01",
                "from-year", "2016", "to-year", "2025"));
        assertThat(List.of(utf8(members.content()).split("\r\n"))).filteredOn(l -> l.contains(",RW-LC01,")).singleElement()
                .asString().contains(",80,,2003-09-01,,");

        ExportFile ipu = export("compare", "ipu-csv", Map.of("field", "current_women_number", "chambers", "RW-LC01,FR-UC02",
                "from-year", "2016", "to-year", "2025"));
        ParsedFile parsed = new IpuCompareReader().read(new InputFile("exported.csv", ipu.content()));
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(lines.size() - 1);
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("current_women_number")).hasSize(lines.size() - 1);
    }

    @Test
    void badParametersNameTheParameter() {
        assertThatThrownBy(() -> export("compare", "csv", Map.of("field", "nope", "from-year", "2020", "to-year", "2020")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("field"));
        assertThatThrownBy(() -> export("compare", "csv", Map.of("field", "current_women_percent", "structure", "both",
                "from-year", "2020", "to-year", "2020")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("structure"));
        assertThatThrownBy(() -> export("compare", "csv", Map.of("field", "current_women_percent", "chambers", "RW-XX01",
                "from-year", "2020", "to-year", "2020")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("chambers"));
        assertThatThrownBy(() -> export("compare", "csv", Map.of("field", "current_women_percent",
                "from-year", "2020", "to-year", "2019")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("to-year"));
        assertThatThrownBy(() -> export("women-ranking", "ipu-csv", Map.of("year", "2025")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("month"));
        assertThatThrownBy(() -> export("women-ranking", "ipu-csv", Map.of("year", "2025", "month", "13")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("month"))
                .hasMessage("'month' must be between 1 and 12; it is 13.");
        assertThatThrownBy(() -> export("women-ranking", "ipu-csv", Map.of("year", "1900", "month", "1")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("year"))
                .hasMessageContaining("There are statistics for the months");
        assertThatThrownBy(() -> export("women-ranking", "pdf", Map.of("year", "2025", "month", "11")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("format"))
                .hasMessageStartingWith("Unknown format 'pdf'; the formats are ipu-csv, csv, xlsx, json");
        assertThatThrownBy(() -> export("women-ranking", "sdmx-csv", Map.of("year", "2025", "month", "11")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("format"));
        assertThatThrownBy(() -> export("women-ranking", "csv", Map.of("year", "2025", "month", "11", "region", "x")))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("region"));
        assertThatThrownBy(() -> export("women-rankings", "csv", Map.of()))
                .isInstanceOfSatisfying(BadExportParameter.class, e -> assertThat(e.parameter()).isEqualTo("report"));
    }

    /** What a run of {@code plenum export} did. */
    record Run(int status, byte[] out, String err) {
    }

    Run exportCommand(List<String> args, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = commandLine.run(args, List.of(options), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theExportCommandWritesTheFileAtomicallyOrToStandardOutput() throws IOException {
        Path directory = Files.createTempDirectory("plenum-export");
        Path target = directory.resolve("ranking.csv");
        Run run = exportCommand(List.of("women-ranking"), "--year=2025", "--month=11", "--format=ipu-csv",
                "--out=" + target, "--PLENUM_DATA_DIR=/ignored", "--spring.main.banner-mode=off");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("plenum export: wrote ").endsWith(" bytes to " + target + "\n");
        assertThat(IpuRankingTable.rows(Files.readAllBytes(target))).containsExactlyElementsOf(IpuRankingTable.rows(RANKING));
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }

        Run toStdout = exportCommand(List.of("women-averages"), "--year=2025", "--month=11", "--format=csv");
        assertThat(toStdout.status()).isZero();
        assertThat(utf8(toStdout.out())).startsWith("area_kind,area_id,area_name,");
        assertThat(toStdout.err()).isEmpty();
    }

    @Test
    void theExportCommandNamesTheBadOptionAndWritesNothing() throws IOException {
        Path directory = Files.createTempDirectory("plenum-export");
        Path target = directory.resolve("ranking.csv");

        Run badMonth = exportCommand(List.of("women-ranking"), "--year=2025", "--month=13", "--format=csv", "--out=" + target);
        assertThat(badMonth.status()).isEqualTo(2);
        assertThat(badMonth.err()).isEqualTo("plenum export: --month: 'month' must be between 1 and 12; it is 13.\n");
        Run noFormat = exportCommand(List.of("women-ranking"), "--year=2025", "--month=11");
        assertThat(noFormat.status()).isEqualTo(2);
        assertThat(noFormat.err()).startsWith("plenum export: --format: The parameter 'format' is required");
        Run unknownOption = exportCommand(List.of("women-ranking"), "--year=2025", "--month=11", "--format=csv", "--moth=1");
        assertThat(unknownOption.status()).isEqualTo(2);
        assertThat(unknownOption.err()).startsWith("plenum export: --moth: Unknown parameter 'moth'");
        Run twice = exportCommand(List.of("women-ranking"), "--year=2025", "--year=2024", "--month=11", "--format=csv");
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("plenum export: --year is given twice; give it once\n");
        Run unknownReport = exportCommand(List.of("women-rankings"), "--format=csv");
        assertThat(unknownReport.status()).isEqualTo(2);
        assertThat(unknownReport.err()).startsWith("plenum export: report: Unknown report 'women-rankings'; the reports are women-ranking, ");
        Run noReport = exportCommand(List.of(), "--format=csv");
        assertThat(noReport.status()).isEqualTo(2);
        assertThat(noReport.err()).startsWith("usage: plenum export <report>");
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }

        Run unwritable = exportCommand(List.of("women-ranking"), "--year=2025", "--month=11", "--format=csv",
                "--out=" + directory.resolve("no-such-directory/ranking.csv"));
        assertThat(unwritable.status()).isEqualTo(1);
        assertThat(unwritable.err()).startsWith("plenum export: cannot write " + directory.resolve("no-such-directory/ranking.csv"));
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
        assertThat(badMonth.out()).isEmpty();
    }

    @Test
    void theDownloadsAreServedOverHttpAsAttachmentsFromTheCache() {
        ApiClient api = new ApiClient(port);
        String url = "/api/v1/downloads/women-ranking?year=2025&month=11&format=ipu-csv";
        for (int i = 0; i < 2; i++) { // computed, then answered from the cache by the filter: the same headers
            ApiClient.Response response = api.get(url);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
            assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"women-ranking-2025-11.csv\"");
            assertThat(response.header("ETag")).isNotBlank();
            assertThat(table(response.body())).isEqualTo(table(utf8(resource(RANKING))));
        }
        ApiClient.Response xlsx = api.get("/api/v1/downloads/compare?field=current_women_percent&structure=lower"
                + "&from-year=2019&to-year=2020&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"compare-current_women_percent-2019-2020.xlsx\"");
        ApiClient.Response sdmx = api.get("/api/v1/downloads/sdg?year=2020&series=SG_GEN_PARL&format=sdmx-ml");
        assertThat(sdmx.status()).isEqualTo(200);
        assertThat(sdmx.header("Content-Disposition")).isEqualTo("attachment; filename=\"sdg-2020.xml\"");
        assertThat(sdmx.body()).contains("SERIES=\"SG_GEN_PARL\" REF_AREA=\"646\"");
    }

    @Test
    void aBadDownloadRequestIsAJsonApiErrorNamingTheParameter() {
        ApiClient api = new ApiClient(port);
        Map<String, String> cases = Map.of(
                "/api/v1/downloads/women-ranking?year=2025&month=13&format=csv", "month",
                "/api/v1/downloads/women-ranking?year=2025&month=11", "format",
                "/api/v1/downloads/women-ranking?year=2025&month=11&format=pdf", "format",
                "/api/v1/downloads/women-ranking?year=2025&month=11&month=12&format=csv", "month",
                "/api/v1/downloads/women-averages?year=2025&month=11&format=csv&region=europe", "region",
                "/api/v1/downloads/compare?field=nope&from-year=2020&to-year=2020&format=csv", "field",
                "/api/v1/downloads/sdg?year=2020&series=NOPE&format=sdmx-csv", "series");
        cases.forEach((url, parameter) -> {
            ApiClient.Response response = api.get(url);
            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.json().at("/errors/0/source/parameter").asString()).as(url).isEqualTo(parameter);
            assertThat(response.json().at("/errors/0/detail").asString()).as(url).isNotBlank();
        });
        ApiClient.Response unknown = api.get("/api/v1/downloads/women-rankings?format=csv");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/errors/0/detail").asString()).contains("women-rankings");
    }
}
