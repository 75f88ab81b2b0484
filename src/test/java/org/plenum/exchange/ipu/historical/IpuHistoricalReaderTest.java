package org.plenum.exchange.ipu.historical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ImportWarning;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/** The reader on IPU's real workbook, as bundled. Counts were computed once and checked by hand on the cells. */
class IpuHistoricalReaderTest {

    static final String FILE = "women-in-parliament-historical-1945-2018.xlsx";
    private static final FactValue UNKNOWN = FactValue.missing(FactValue.NO_INFORMATION);

    private static ParsedFile parsed;

    @BeforeAll
    static void readBundledWorkbook() {
        parsed = new IpuHistoricalReader().read(List.of(bundled()));
    }

    static InputFile bundled() {
        return ReaderFixtures.bundled("ipu", FILE);
    }

    @Test
    void formatName() {
        assertThat(new IpuHistoricalReader().format()).isEqualTo("ipu-historical");
    }

    @Test
    void readsEveryRowIncludingTheOnesTheFilterHides() {
        assertThat(parsed.file()).isEqualTo(FILE);
        assertThat(parsed.rowsRead()).isEqualTo(3815);
    }

    @Test
    void exactCountsOfEntitiesAndFacts() {
        Map<EntityType, Long> entities = parsed.entities().stream()
                .collect(Collectors.groupingBy(e -> e.entity().type(), TreeMap::new, Collectors.counting()));
        // Qatar's rows are all of chamber type Council: its parliament and chamber come only from them
        assertThat(entities).containsExactly(Map.entry(EntityType.COUNTRY, 8L), Map.entry(EntityType.PARLIAMENT, 193L),
                Map.entry(EntityType.CHAMBER, 294L));

        // 3,815 rows - 29 of chamber type Special or Not available - 38 sharing a chamber and day with another
        // = 3,748 chamber records, 3 facts each (of the 30 groups of conflicting rows, 29 give the row kept and
        // Yugoslavia's Temporary Assembly pair of 1945 gives unknown counts); plus the 2 unknown counts of the lower
        // or single chamber on each of the 10 days (country and date) of the Special and Not available rows; plus 3
        // facts for each of the 8 former countries (its name, and is_former_country false until it ceased to exist
        // and true from then); plus the 2 "Not applicable" counts that end a chamber: 48 upper chambers where the
        // workbook turns to a single chamber, and the 14 chambers of the former countries from the day they ceased.
        assertThat(parsed.facts()).hasSize(3748 * 3 + 10 * 2 + 8 * 3 + 62 * 2);
        Map<String, Long> facts = parsed.facts().stream().collect(Collectors.groupingBy(
                f -> f.field() + (f.value() instanceof FactValue.Missing m ? " " + m.reason() : ""), TreeMap::new, Collectors.counting()));
        assertThat(facts).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "country_name", 8L,
                "is_former_country", 16L,
                "current_members_number", 3710L,
                "current_members_number No information available", 48L, // 37 unusable seats cells + Yugoslavia 1945 + 10 days of Special rows
                "current_members_number Not applicable", 62L,
                "current_women_number", 3680L,
                "current_women_number No information available", 78L, // 67 unusable women cells + Yugoslavia 1945 + 10 days
                "current_women_number Not applicable", 62L,
                "struct_parl_status", 3747L,
                // Yugoslavia 1945: two Temporary Assembly rows
                "struct_parl_status No information available", 1L)));
    }

    @Test
    void exactCountsOfRejectionsByReason() {
        assertThat(parsed.rejected()).hasSize(145);
        Map<String, Long> byCategory = parsed.rejected().stream()
                .collect(Collectors.groupingBy(IpuHistoricalReaderTest::category, TreeMap::new, Collectors.counting()));
        assertThat(byCategory).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "Chamber Type", 29L, // 28 Special, 1 Not available
                "Chamber Total Seats", 38L, // 30 Not available, 5 ?, 59 52, 65 82, 65 73
                "Total women", 69L, // 30 Not available, 29 ?, 7 5 (twice), na, empty, 14 16, 24 22, 11 10, three with ???
                "% Of Women in Chamber", 2L,
                "duplicate", 5L,
                "conflict", 2L))); // Yugoslavia 1945 (2 Temporary Assembly rows); the other conflicts are warnings
        // 27 pairs, Korea 2000 (3 rows), Israel 2015 (4 rows): one row kept, a warning for each other
        assertThat(parsed.warnings()).hasSize(27 + 2 + 3).allSatisfy(w -> assertThat(w.message()).contains(" conflicts with row "));
        assertThat(reasonsQuoting("Chamber Total Seats", "'Not available'")).isEqualTo(30);
        assertThat(reasonsQuoting("Total women", "'Not available'")).isEqualTo(30);
        assertThat(reasonsQuoting("Chamber Type", "'Not available'")).isEqualTo(1);
        assertThat(reasonsQuoting("Chamber Type", "'Special'")).isEqualTo(28);
        assertThat(reasonsQuoting("Chamber Total Seats", "'?'")).isEqualTo(5);
        assertThat(reasonsQuoting("Total women", "'?'")).isEqualTo(29);
        // the count cells of the Not available row (Venezuela 1953) are rejected without a fact; all others give one
        assertThat(parsed.rejected()).filteredOn(r -> r.column().equals("Chamber Total Seats") || r.column().equals("Total women"))
                .filteredOn(r -> !r.reason().endsWith("from the row's date")).extracting(RejectedRow::row).containsExactly(3558, 3558);
        assertThat(parsed.rejected()).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo(FILE);
            assertThat(r.row()).isBetween(2, 3816);
        });
    }

    private static String category(RejectedRow r) {
        if (r.column().isEmpty()) {
            return r.reason().startsWith("duplicate of row") ? "duplicate" : r.reason().contains(" conflicts with row") ? "conflict" : "?";
        }
        return r.column();
    }

    private static long reasonsQuoting(String column, String cell) {
        return parsed.rejected().stream().filter(r -> r.column().equals(column) && r.reason().contains(cell)).count();
    }

    @Test
    void albaniasSingleChamberIn1970() {
        EntityRef chamber = EntityRef.chamber("AL-LC01");
        ValidTime from1970 = ValidTime.from(LocalDate.of(1970, 1, 1)); // month not given: the start of the year, said so
        String source = FILE + " row 21";
        String annotation = "month not given; valid from the start of the year";
        assertThat(facts(chamber, source)).containsExactly(
                new FactAssertion(chamber, "current_members_number", from1970, FactValue.of(264), annotation, source),
                new FactAssertion(chamber, "current_women_number", from1970, FactValue.of(72), annotation, source),
                new FactAssertion(chamber, "struct_parl_status", from1970, FactValue.of("unicameral"), "", source));
        assertThat(parsed.entities()).contains(
                EntityDeclaration.of(EntityRef.parliament("AL"), EntityRef.country("AL")),
                EntityDeclaration.of(chamber, EntityRef.parliament("AL")));
    }

    @Test
    void aMonthInAnyCaseWithSpacesStartsTheValidTimeWithNoRemark() {
        // row 32: Albania, 2013, "january " (lower case, trailing space)
        FactAssertion women = fact(EntityRef.chamber("AL-LC01"), "current_women_number", FILE + " row 32");
        assertThat(women.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2013, 1, 1)));
        assertThat(women.value()).isEqualTo(FactValue.of(22));
        assertThat(women.annotation()).isEmpty();
    }

    @Test
    void aMonthRangeGivesTheMonthOfTheFigures() {
        // Algeria 2007, lower chamber: "May- June" 28 women, "May- September" 30 women
        FactAssertion june = fact(EntityRef.chamber("DZ-LC01"), "current_women_number", FILE + " row 46");
        FactAssertion september = fact(EntityRef.chamber("DZ-LC01"), "current_women_number", FILE + " row 47");
        assertThat(june.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2007, 6, 1)));
        assertThat(june.value()).isEqualTo(FactValue.of(28));
        assertThat(june.annotation()).isEqualTo(
                "month 'May- June' read as: election or renewal in May, figures as of June 2007 (valid from then)");
        assertThat(september.validTime()).isEqualTo(ValidTime.from(LocalDate.of(2007, 9, 1)));
        assertThat(september.value()).isEqualTo(FactValue.of(30));
    }

    @Test
    void notesAndRemarksMakeTheAnnotation() {
        // Austria's Federal Council, 1945, Continuous Renewal, no month, with a note
        FactAssertion seats = fact(EntityRef.chamber("AT-UC02"), "current_members_number", FILE + " row 225");
        assertThat(seats.value()).isEqualTo(FactValue.of(49));
        assertThat(seats.annotation()).startsWith("Indirectly elected; dates of elections vary according to the province.")
                .endsWith(" | continuous renewal: IPU's figure for this chamber at that time, not the result of one election"
                        + " | month not given; valid from the start of the year");
    }

    @Test
    void knownBadCellsAreRejectedWithTheirReason() {
        assertThat(parsed.rejected()).contains(
                new RejectedRow(FILE, 1349, "Total women",
                        "not a count: '7 5'; recorded as \"No information available\" from the row's date"),
                new RejectedRow(FILE, 1349, "Chamber Total Seats",
                        "not a count: '59 52'; recorded as \"No information available\" from the row's date"),
                new RejectedRow(FILE, 2321, "Total women",
                        "not a count: '12 13 10???'; recorded as \"No information available\" from the row's date"),
                new RejectedRow(FILE, 1206, "Chamber Total Seats",
                        "not a count: 'Not available'; recorded as \"No information available\" from the row's date"),
                new RejectedRow(FILE, 1206, "Total women",
                        "not a count: 'Not available'; recorded as \"No information available\" from the row's date"),
                new RejectedRow(FILE, 970, "Total women",
                        "not a count: 'na'; recorded as \"No information available\" from the row's date"),
                // Peru 1992, a Temporary Assembly: its seats are kept (see aTemporaryAssemblyIsTheLowerOrSingleChamber)
                new RejectedRow(FILE, 2579, "Total women",
                        "not a count: '7 5'; recorded as \"No information available\" from the row's date"),
                // Venezuela 1953: chamber type Not available, so its counts give nothing
                new RejectedRow(FILE, 3558, "Chamber Total Seats", "not a count: 'Not available'"));
    }

    @Test
    void anUnusableWomenCellKeepsTheSeatsAndMakesTheWomenUnknown() {
        // Netherlands 1971, lower chamber: 150 seats, women "12 13 10???"
        EntityRef chamber = EntityRef.chamber("NL-LC01");
        String source = FILE + " row 2321";
        assertThat(fact(chamber, "current_members_number", source).value()).isEqualTo(FactValue.of(150));
        FactAssertion women = fact(chamber, "current_women_number", source);
        assertThat(women.value()).isEqualTo(UNKNOWN);
        assertThat(women.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1971, 1, 1)));
        assertThat(women.annotation()).isEqualTo(
                "according to parline | month not given; valid from the start of the year | IPU's Total women cell reads '12 13 10???'");
    }

    @Test
    void aPercentageThatDisagreesWithTheCountsIsReportedAndTheCountsAreKept() {
        // Kuwait 2013: 4 women of 50 seats, IPU's percentage cell 0.0125 (1.25 %)
        assertThat(parsed.rejected()).contains(new RejectedRow(FILE, 1856, "% Of Women in Chamber",
                "IPU's percentage 1.25% differs from 4 women / 50 seats = 8.00% by more than 0.1 point; "
                        + "the counts are kept (Plenum computes the percentage from them)"));
        assertThat(fact(EntityRef.chamber("KW-LC01"), "current_women_number", FILE + " row 1856").value()).isEqualTo(FactValue.of(4));
        assertThat(fact(EntityRef.chamber("KW-LC01"), "current_members_number", FILE + " row 1856").value()).isEqualTo(FactValue.of(50));
        assertThat(parsed.facts()).noneMatch(f -> f.field().contains("percent"));
    }

    @Test
    void identicalRowsForOneChamberAndDayAreImportedOnce() {
        // Iraq 2014, rows 1564 and 1565: 328 seats, 83 women, no month, twice
        assertThat(parsed.rejected()).contains(new RejectedRow(FILE, 1565, "",
                "duplicate of row 1564 (same chamber IQ-LC01, valid from 2014-01-01, same figures: Single, 328 seats, 83 women);"
                        + " imported once, from row 1564"));
        assertThat(parsed.facts()).filteredOn(f -> f.entity().code().equals("IQ-LC01")
                        && f.validTime().equals(ValidTime.from(LocalDate.of(2014, 1, 1))))
                .extracting(FactAssertion::source).containsOnly(FILE + " row 1564").hasSize(3);
    }

    @Test
    void ofConflictingRowsForOneChamberAndDayTheLaterIsKeptWithAWarning() {
        // Andorra 2001, no month: 2 women (row 55) and 4 women (row 56)
        assertThat(parsed.warnings()).contains(new ImportWarning(FILE, 55, "", "this row (Single, 28 seats, 2 women) conflicts"
                + " with row 56 (Single, 28 seats, 4 women): same chamber AD-LC01, valid from the same day 2001-01-01; row 56 is"
                + " imported (the later row), this row is not"));
        assertThat(parsed.rejected()).noneMatch(r -> r.row() == 55 || r.row() == 56);
        List<FactAssertion> facts = parsed.facts().stream().filter(f -> f.entity().code().equals("AD-LC01")
                && f.validTime().equals(ValidTime.from(LocalDate.of(2001, 1, 1)))).toList();
        assertThat(facts).extracting(FactAssertion::field, FactAssertion::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("current_members_number", FactValue.of(28)),
                org.assertj.core.groups.Tuple.tuple("current_women_number", FactValue.of(4)),
                org.assertj.core.groups.Tuple.tuple("struct_parl_status", FactValue.of("unicameral")));
        assertThat(facts.get(0).source()).isEqualTo(FILE + " row 56");
        assertThat(facts.get(0).annotation()).isEqualTo("month not given; valid from the start of the year"
                + " | IPU's workbook gives other figures for this chamber and day in row 55 (Single, 28 seats, 2 women);"
                + " row 56 is used (the later row)");
    }

    @Test
    void cubasFiguresOf2013AreThoseOfTheLaterRow() {
        // Cuba 2013, rows 806 (586 seats, 265 women) and 807 (612 seats, 299 women): IPU's Parline has 612 and 299
        List<FactAssertion> facts = parsed.facts().stream().filter(f -> f.entity().code().equals("CU-LC01")
                && f.validTime().equals(ValidTime.from(LocalDate.of(2013, 1, 1)))).toList();
        assertThat(facts).extracting(FactAssertion::field, FactAssertion::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("current_members_number", FactValue.of(612)),
                org.assertj.core.groups.Tuple.tuple("current_women_number", FactValue.of(299)),
                org.assertj.core.groups.Tuple.tuple("struct_parl_status", FactValue.of("unicameral")));
        // Haiti's Senate 1997: row 1380 (0 women) is kept over the later row 1381, whose women cell is '?'
        assertThat(parsed.warnings()).filteredOn(w -> w.row() == 1381).singleElement()
                .satisfies(w -> assertThat(w.message()).endsWith("row 1380 is imported (both its counts are known), this row is not"));
    }

    @Test
    void denmarksUpperChamberEndsIn1953() {
        // row 894: Denmark's single chamber from 1953, after the Landsting's last row 892
        FactValue ended = FactValue.missing(FactValue.NOT_APPLICABLE);
        List<FactAssertion> ends = parsed.facts().stream().filter(f -> f.entity().code().equals("DK-UC02")
                && f.value().equals(ended)).toList();
        assertThat(ends).extracting(FactAssertion::field).containsExactly("current_members_number", "current_women_number");
        assertThat(ends).allSatisfy(f -> {
            assertThat(f.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1953, 1, 1)));
            assertThat(f.source()).isEqualTo(FILE + " row 894");
        });
        assertThat(parsed.facts()).filteredOn(f -> f.entity().code().equals("DK-UC02"))
                .allSatisfy(f -> assertThat(f.validTime().from().orElseThrow()).isBeforeOrEqualTo(LocalDate.of(1953, 1, 1)));
        // Sweden's and New Zealand's too
        assertThat(parsed.facts()).anyMatch(f -> f.entity().code().equals("SE-UC02") && f.value().equals(ended)
                && f.validTime().equals(ValidTime.from(LocalDate.of(1970, 1, 1))));
        assertThat(parsed.facts()).anyMatch(f -> f.entity().code().equals("NZ-UC02") && f.value().equals(ended));
    }

    @Test
    void theChamberTypesOfTheWorkbookAndWhereTheyGo() {
        // rows by IPU's chamber type, other than Lower, Upper and Single (in any case), counted on the cells
        Map<String, Long> placedAsLowerOrSingle = parsed.facts().stream()
                .filter(f -> f.field().equals("struct_parl_status") && f.annotation().startsWith("IPU chamber type: "))
                .collect(Collectors.groupingBy(FactAssertion::annotation, TreeMap::new, Collectors.counting()));
        assertThat(placedAsLowerOrSingle).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "IPU chamber type: Temporary Assembly", 40L, // 41 rows; Yugoslavia's two conflicting rows of 1945 give one fact
                "IPU chamber type: Council", 9L,
                "IPU chamber type: Constituent Assembly", 1L,
                "IPU chamber type: Single Lower", 1L)));
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("struct_parl_status") && f.annotation().startsWith("IPU chamber type"))
                .allSatisfy(f -> assertThat(f.entity().code()).endsWith("-LC01"))
                .extracting(FactAssertion::value).containsOnly(FactValue.of("unicameral"), UNKNOWN); // no Upper row on those days
    }

    @Test
    void aTemporaryAssemblyIsTheLowerOrSingleChamber() {
        // Portugal 1974, row 2672: Temporary Assembly, 250 seats, 20 women, no month
        EntityRef chamber = EntityRef.chamber("PT-LC01");
        ValidTime from1974 = ValidTime.from(LocalDate.of(1974, 1, 1));
        String source = FILE + " row 2672";
        String annotation = "Election for the unicameral Constituent Assembly after the change of r\u00e9gime on 25 April 1974."
                + " | IPU chamber type: Temporary Assembly | month not given; valid from the start of the year";
        assertThat(facts(chamber, source)).containsExactly(
                new FactAssertion(chamber, "current_members_number", from1974, FactValue.of(250), annotation, source),
                new FactAssertion(chamber, "current_women_number", from1974, FactValue.of(20), annotation, source),
                new FactAssertion(chamber, "struct_parl_status", from1974, FactValue.of("unicameral"),
                        "IPU chamber type: Temporary Assembly", source));
        assertThat(parsed.rejected()).noneMatch(r -> r.row() == 2672);
    }

    @Test
    void aTemporaryAssemblyWithAnUnusableCountKeepsTheOtherAndEndsTheFiguresBeforeIt() {
        // Peru 1992, row 2579: the Democratic Constituent Congress, 80 seats, women '7 5'. Without the row, the
        // lower chamber's 1990 figures (row 2577: 180 seats, 12 women) would seem to hold on until 1995.
        EntityRef chamber = EntityRef.chamber("PE-LC01");
        String source = FILE + " row 2579";
        assertThat(fact(chamber, "current_members_number", source).value()).isEqualTo(FactValue.of(80));
        FactAssertion women = fact(chamber, "current_women_number", source);
        assertThat(women.value()).isEqualTo(UNKNOWN);
        assertThat(women.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1992, 1, 1)));
        assertThat(women.annotation()).startsWith("A \"Democratic Constituent Congress\" was elected")
                .endsWith(" | IPU chamber type: Temporary Assembly | month not given; valid from the start of the year"
                        + " | IPU's Total women cell reads '7 5'");
        assertThat(factsOf(chamber, "current_members_number")).extracting(f -> f.validTime().from().orElseThrow().getYear(),
                FactAssertion::value).contains(org.assertj.core.groups.Tuple.tuple(1990, FactValue.of(180)),
                org.assertj.core.groups.Tuple.tuple(1992, FactValue.of(80)), org.assertj.core.groups.Tuple.tuple(1995, FactValue.of(120)));
    }

    @Test
    void aCouncilThatWasTheOnlyLegislatureIsTheSingleChamber() {
        // Qatar 2005, row 2687: the Advisory Council, 35 seats, no women; Qatar has no other rows
        EntityRef chamber = EntityRef.chamber("QA-LC01");
        ValidTime fromJune2005 = ValidTime.from(LocalDate.of(2005, 6, 1));
        String source = FILE + " row 2687";
        String annotation = "This is a unicameral Advisory Council that functions as the legislature of Qatar."
                + " All members appointed by the emir. | IPU chamber type: Council";
        assertThat(facts(chamber, source)).containsExactly(
                new FactAssertion(chamber, "current_members_number", fromJune2005, FactValue.of(35), annotation, source),
                new FactAssertion(chamber, "current_women_number", fromJune2005, FactValue.of(0), annotation, source),
                new FactAssertion(chamber, "struct_parl_status", fromJune2005, FactValue.of("unicameral"), "IPU chamber type: Council", source));
        assertThat(parsed.entities()).contains(EntityDeclaration.of(EntityRef.parliament("QA"), EntityRef.country("QA")),
                EntityDeclaration.of(chamber, EntityRef.parliament("QA")));
        assertThat(factsOf(chamber, "current_members_number")).hasSize(4);
        // Saudi Arabia 2009, row 2857: a Council row without notes
        FactAssertion saudiWomen = fact(EntityRef.chamber("SA-LC01"), "current_women_number", FILE + " row 2857");
        assertThat(saudiWomen.value()).isEqualTo(FactValue.of(34));
        assertThat(saudiWomen.annotation()).isEqualTo("IPU chamber type: Council");
    }

    @Test
    void specialRowsAreRejectedAndTheLowerChambersCountsBecomeUnknown() {
        // South Africa, April 1987, rows 2975-2977: the three houses of the tricameral parliament
        EntityRef chamber = EntityRef.chamber("ZA-LC01");
        ValidTime fromApril1987 = ValidTime.from(LocalDate.of(1987, 4, 1));
        String source = FILE + " row 2975";
        String annotation = "no figures for this chamber from this date: IPU's workbook gives only rows 2975, 2976, 2977"
                + " of chamber type 'Special', which Plenum cannot map to one chamber";
        assertThat(facts(chamber, source)).containsExactly(
                new FactAssertion(chamber, "current_members_number", fromApril1987, UNKNOWN, annotation, source),
                new FactAssertion(chamber, "current_women_number", fromApril1987, UNKNOWN, annotation, source));
        assertThat(parsed.facts()).noneMatch(f -> f.source().equals(FILE + " row 2976") || f.source().equals(FILE + " row 2977"));
        for (int row : List.of(2975, 2976, 2977)) {
            assertThat(parsed.rejected()).contains(new RejectedRow(FILE, row, "Chamber Type", "chamber type 'Special' names no one"
                    + " chamber (Plenum records a lower or single chamber and an upper chamber): the row is not imported;"
                    + " ZA-LC01's counts are recorded as \"No information available\" from 1987-04-01, so that earlier"
                    + " figures do not seem to hold on"));
        }
        // the single chamber's figures of April 1981 end in August 1984, and figures return in April 1994
        assertThat(factsOf(chamber, "current_women_number").stream()
                .sorted(Comparator.comparing((FactAssertion f) -> f.validTime().from().orElseThrow())).toList())
                .extracting(f -> f.validTime().from().orElseThrow(), FactAssertion::value)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1981, 4, 1), FactValue.of(2)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1984, 8, 1), UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1987, 4, 1), UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1989, 9, 1), UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(1994, 4, 1), FactValue.of(100)));
        // struct_parl_status is not stated from those rows
        assertThat(factsOf(chamber, "struct_parl_status")).noneMatch(f -> f.validTime().from().orElseThrow().getYear() == 1987);
    }

    @Test
    void aSpecialRowWithAMonthRangeAndANotAvailableRow() {
        // Yugoslavia, row 3652: Special, month "April - May" 1967, alone on its day
        FactAssertion yugoslavia = fact(EntityRef.chamber("YUCS-LC01"), "current_members_number", FILE + " row 3652");
        assertThat(yugoslavia.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1967, 5, 1)));
        assertThat(yugoslavia.annotation()).isEqualTo("no figures for this chamber from this date: IPU's workbook gives only"
                + " row 3652 of chamber type 'Special', which Plenum cannot map to one chamber"
                + " | month 'April - May' read as: election or renewal in April, figures as of May 1967 (valid from then)");
        // Venezuela, row 3558: chamber type Not available after the coup of December 1952
        EntityRef venezuela = EntityRef.chamber("VE-LC01");
        String source = FILE + " row 3558";
        String annotation = "no figures for this chamber from this date: IPU's workbook gives only row 3558 of chamber type"
                + " 'Not available', which Plenum cannot map to one chamber";
        ValidTime fromApril1953 = ValidTime.from(LocalDate.of(1953, 4, 1));
        assertThat(facts(venezuela, source)).containsExactly(
                new FactAssertion(venezuela, "current_members_number", fromApril1953, UNKNOWN, annotation, source),
                new FactAssertion(venezuela, "current_women_number", fromApril1953, UNKNOWN, annotation, source));
        assertThat(parsed.rejected()).filteredOn(r -> r.row() == 3558).extracting(RejectedRow::column)
                .containsExactlyInAnyOrder("Chamber Type", "Chamber Total Seats", "Total women");
    }

    @Test
    void twoTemporaryAssemblyRowsOnOneDayConflict() {
        // Yugoslavia 1945, rows 3630 (349 seats, 9 women) and 3631 (175 seats, 11 women): the two houses of the
        // Constituent Assembly, by IPU's notes; the cells do not say which is the lower, so both are rejected
        assertThat(parsed.rejected()).contains(new RejectedRow(FILE, 3630, "", "this row (Temporary Assembly, 349 seats,"
                + " 9 women) conflicts with row 3631 (Temporary Assembly, 175 seats, 11 women): same chamber YUCS-LC01, valid"
                + " from the same day 1945-01-01; rows of a legislature of the time may be different houses of it, so neither"
                + " is imported, the chamber's counts are recorded as \"No information available\" from that day"));
        assertThat(parsed.rejected()).filteredOn(r -> r.row() == 3631).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("conflicts with row 3630"));
        List<FactAssertion> facts = facts(EntityRef.chamber("YUCS-LC01"), FILE + " row 3630");
        assertThat(facts).extracting(FactAssertion::field, FactAssertion::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("current_members_number", UNKNOWN),
                org.assertj.core.groups.Tuple.tuple("current_women_number", UNKNOWN),
                org.assertj.core.groups.Tuple.tuple("struct_parl_status", UNKNOWN));
        assertThat(facts.get(0).annotation()).contains(" | IPU chamber type: Temporary Assembly | month not given;")
                .endsWith(" | IPU's workbook gives different figures for this chamber and month in rows 3630, 3631");
        assertThat(facts.get(2).annotation()).isEqualTo("IPU chamber type: Temporary Assembly");
    }

    @Test
    void formerCountriesKeepTheirIso3166Part3Codes() {
        assertThat(parsed.entities()).filteredOn(e -> e.entity().type() == EntityType.COUNTRY)
                .extracting(e -> e.entity().code())
                .containsExactlyInAnyOrder("SUHH", "CSHH", "DDDE", "YUCS", "CSXX", "VDVN", "VNVN", "YDYE");
        for (String code : List.of("SUHH", "CSHH", "DDDE", "YUCS", "CSXX", "VDVN", "VNVN", "YDYE")) {
            EntityRef country = EntityRef.country(code);
            assertThat(parsed.entities()).contains(EntityDeclaration.of(country));
            assertThat(factsOf(country, "is_former_country")).extracting(FactAssertion::value)
                    .containsExactly(FactValue.of("false"), FactValue.of("true"));
            assertThat(factsOf(country, "is_former_country").get(0).validTime()).isEqualTo(ValidTime.always());
            assertThat(factsOf(country, "country_name")).hasSize(1);
        }
        assertThat(factsOf(EntityRef.country("SUHH"), "country_name").get(0).value()).isEqualTo(FactValue.of("{\"en\":\"USSR\",\"fr\":\"URSS\"}"));
        // a former country is one from the day it ceased to exist; its chambers' last figures stop counting then
        FactAssertion ussrCeased = factsOf(EntityRef.country("SUHH"), "is_former_country").get(1);
        assertThat(ussrCeased.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1991, 12, 26)));
        assertThat(ussrCeased.annotation()).isEqualTo("ceased to exist on 1991-12-26");
        assertThat(factsOf(EntityRef.country("VNVN"), "is_former_country").get(1).validTime())
                .isEqualTo(ValidTime.from(LocalDate.of(1975, 4, 30)));
        assertThat(factsOf(EntityRef.country("CSHH"), "country_name").get(0).value())
                .isEqualTo(FactValue.of("{\"en\":\"Czechoslovakia\",\"fr\":\"Tchécoslovaquie\"}"));
        // no chamber of a former country has figures from after the day it ceased to exist: from that day its
        // counts are "Not applicable"
        for (String code : List.of("SUHH", "CSHH", "DDDE", "YUCS", "CSXX", "VDVN", "VNVN", "YDYE")) {
            LocalDate ceased = factsOf(EntityRef.country(code), "is_former_country").get(1).validTime().from().orElseThrow();
            assertThat(parsed.facts()).filteredOn(f -> f.entity().code().startsWith(code + "-"))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.validTime().from().orElseThrow()).as(f.source())
                            .isBeforeOrEqualTo(ceased))
                    .filteredOn(f -> f.validTime().from().orElseThrow().equals(ceased))
                    .allSatisfy(f -> assertThat(f.value()).isEqualTo(FactValue.missing(FactValue.NOT_APPLICABLE)))
                    .extracting(FactAssertion::field).contains("current_members_number", "current_women_number");
        }
        // successor and continuing countries are left to the reference import
        assertThat(parsed.entities()).noneMatch(e -> e.entity().equals(EntityRef.country("RU")) || e.entity().equals(EntityRef.country("DE")));
    }

    @Test
    void chambersOfTheUssrAndCzechoslovakia() {
        assertThat(parsed.entities()).contains(
                EntityDeclaration.of(EntityRef.parliament("SUHH"), EntityRef.country("SUHH")),
                EntityDeclaration.of(EntityRef.chamber("SUHH-LC01"), EntityRef.parliament("SUHH")),
                EntityDeclaration.of(EntityRef.chamber("SUHH-UC02"), EntityRef.parliament("SUHH")),
                EntityDeclaration.of(EntityRef.parliament("CSHH"), EntityRef.country("CSHH")),
                EntityDeclaration.of(EntityRef.chamber("CSHH-LC01"), EntityRef.parliament("CSHH")),
                EntityDeclaration.of(EntityRef.chamber("CSHH-UC02"), EntityRef.parliament("CSHH")));
        // 11 rows each, and "Not applicable" from 26 December 1991
        assertThat(factsOf(EntityRef.chamber("SUHH-LC01"), "current_members_number")).hasSize(12);
        assertThat(factsOf(EntityRef.chamber("SUHH-UC02"), "current_women_number")).hasSize(12).last()
                .satisfies(f -> assertThat(f.validTime()).isEqualTo(ValidTime.from(LocalDate.of(1991, 12, 26))));
        // Czechoslovakia: single chamber 1948-1964, then two chambers from 1971
        // (after the Constituent Assembly of 1946, a Temporary Assembly row)
        assertThat(factsOf(EntityRef.chamber("CSHH-LC01"), "struct_parl_status")).extracting(f -> f.validTime().from().orElseThrow().getYear(),
                f -> ((FactValue.Present) f.value()).value()).startsWith(org.assertj.core.groups.Tuple.tuple(1946, "unicameral"),
                org.assertj.core.groups.Tuple.tuple(1948, "unicameral")).contains(org.assertj.core.groups.Tuple.tuple(1971, "lower_chamber"));
    }

    @Test
    void countryNamesWithTrailingSpacesAreMatched() {
        // "Haiti                   ", "Australia ", "Uzbekistan "
        assertThat(parsed.rejected()).noneMatch(r -> r.column().equals("Country"));
        assertThat(factsOf(EntityRef.chamber("HT-LC01"), "current_members_number")).isNotEmpty();
        assertThat(fact(EntityRef.chamber("AU-LC01"), "current_women_number", FILE + " row 200").value()).isEqualTo(FactValue.of(43));
    }

    @Test
    void everyFactNamesItsRow() {
        assertThat(parsed.facts()).allSatisfy(f -> assertThat(f.source()).matches("\\Q" + FILE + "\\E row \\d+"));
    }

    private static List<FactAssertion> facts(EntityRef entity, String source) {
        return parsed.facts().stream().filter(f -> f.entity().equals(entity) && f.source().equals(source)).toList();
    }

    private static FactAssertion fact(EntityRef entity, String field, String source) {
        Optional<FactAssertion> found = facts(entity, source).stream().filter(f -> f.field().equals(field)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no " + field + " of " + entity + " from " + source));
    }

    private static List<FactAssertion> factsOf(EntityRef entity, String field) {
        return parsed.facts().stream().filter(f -> f.entity().equals(entity) && f.field().equals(field)).toList();
    }
}
