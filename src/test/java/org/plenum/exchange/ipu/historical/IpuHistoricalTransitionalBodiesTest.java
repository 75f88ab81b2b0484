package org.plenum.exchange.ipu.historical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.ImportWarning;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/**
 * Legislatures of the time (Temporary Assembly, Council, ...) and bodies that are not one chamber
 * (Special, Not available) next to other rows of the same country and day. IPU's workbook has no such
 * collision with a Lower or Single row, so these workbooks are synthetic (built by
 * {@link SyntheticWorkbook}); the real cases are in {@link IpuHistoricalReaderTest}.
 */
class IpuHistoricalTransitionalBodiesTest {

    private static final String NAME = "historical.xlsx";
    private static final FactValue UNKNOWN = FactValue.missing(FactValue.NO_INFORMATION);
    private static final EntityRef LOWER = EntityRef.chamber("AL-LC01");
    private static final ValidTime MAY_1991 = ValidTime.from(LocalDate.of(1991, 5, 1));

    private final IpuHistoricalReader reader = new IpuHistoricalReader();

    @Test
    void ofATemporaryAssemblyAndASingleChamberOnTheSameDayTheLaterRowIsKept() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1991, "May", "Temporary Assembly", 100, 10)
                .row("Albania", "EUR", "Yes", 1991, "May", "Single", 250, 9));
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.warnings()).containsExactly(new ImportWarning(NAME, 2, "", "this row (Temporary Assembly, 100 seats,"
                + " 10 women) conflicts with row 3 (Single, 250 seats, 9 women): same chamber AL-LC01, valid from the same day"
                + " 1991-05-01; row 3 is imported (the later row), this row is not"));
        String annotation = "IPU's workbook gives other figures for this chamber and day in row 2 (Temporary Assembly, 100"
                + " seats, 10 women); row 3 is used (the later row)";
        assertThat(parsed.facts()).containsExactly(
                new FactAssertion(LOWER, "current_members_number", MAY_1991, FactValue.of(250), annotation, NAME + " row 3"),
                new FactAssertion(LOWER, "current_women_number", MAY_1991, FactValue.of(9), annotation, NAME + " row 3"),
                new FactAssertion(LOWER, "struct_parl_status", MAY_1991, FactValue.of("unicameral"), "", NAME + " row 3"));
    }

    @Test
    void identicalCouncilRowsAreImportedOnce() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1991, "May", "Council", 35, 0)
                .row("Albania", "EUR", "Yes", 1991, "may", "council", 35, 0));
        assertThat(parsed.rejected()).containsExactly(new RejectedRow(NAME, 3, "", "duplicate of row 2 (same chamber AL-LC01,"
                + " valid from 1991-05-01, same figures: Council, 35 seats, 0 women); imported once, from row 2"));
        assertThat(parsed.facts()).extracting(FactAssertion::field, FactAssertion::value, FactAssertion::annotation).containsExactly(
                Tuple.tuple("current_members_number", FactValue.of(35), "IPU chamber type: Council"),
                Tuple.tuple("current_women_number", FactValue.of(0), "IPU chamber type: Council"),
                Tuple.tuple("struct_parl_status", FactValue.of("unicameral"), "IPU chamber type: Council"));
    }

    @Test
    void aTemporaryAssemblyBesideAnUpperChamberIsTheLowerChamber() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1991, "May", "Upper", 40, 4)
                .row("Albania", "EUR", "Yes", 1991, "May", "Temporary Assembly", 100, 10)
                .row("Albania", "EUR", "Yes", 1992, "May", "Constituent Assembly", 120, 12));
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("struct_parl_status"))
                .extracting(f -> f.entity().code(), f -> f.validTime().from().orElseThrow().getYear(), FactAssertion::value)
                .containsExactly(
                        Tuple.tuple("AL-UC02", 1991, FactValue.of("upper_chamber")),
                        Tuple.tuple("AL-LC01", 1991, FactValue.of("lower_chamber")),
                        Tuple.tuple("AL-LC01", 1992, FactValue.of("unicameral"))); // no Upper row on that day
    }

    @Test
    void aSpecialRowEndsTheFiguresOfTheLowerChamberUnlessItHasARowThatDay() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout()
                .row("Albania", "EUR", "Yes", 1987, "April", "Single", 250, 9)
                .row("Albania", "EUR", "Yes", 1991, "May", "Special", 85, 2)
                .row("Albania", "EUR", "Yes", 1991, "May", "Single", 140, 12)
                .row("Albania", "EUR", "Yes", 1992, null, "Special", 45, 1)
                .row("Albania", "EUR", "Yes", 1992, null, "Not available", "Not available", "Not available"));
        String noOneChamber = "names no one chamber (Plenum records a lower or single chamber and an upper chamber):"
                + " the row is not imported; ";
        assertThat(parsed.rejected()).containsExactly(
                new RejectedRow(NAME, 3, "Chamber Type", "chamber type 'Special' " + noOneChamber
                        + "AL-LC01 has its own row for that day (row 4), which gives its figures"),
                new RejectedRow(NAME, 5, "Chamber Type", "chamber type 'Special' " + noOneChamber
                        + "AL-LC01's counts are recorded as \"No information available\" from 1992-01-01, so that earlier figures"
                        + " do not seem to hold on"),
                new RejectedRow(NAME, 6, "Chamber Total Seats", "not a count: 'Not available'"),
                new RejectedRow(NAME, 6, "Total women", "not a count: 'Not available'"),
                new RejectedRow(NAME, 6, "Chamber Type", "chamber type 'Not available' " + noOneChamber
                        + "AL-LC01's counts are recorded as \"No information available\" from 1992-01-01, so that earlier figures"
                        + " do not seem to hold on"));
        ValidTime from1992 = ValidTime.from(LocalDate.of(1992, 1, 1));
        String annotation = "no figures for this chamber from this date: IPU's workbook gives only row 5 of chamber type"
                + " 'Special' and row 6 of chamber type 'Not available', which Plenum cannot map to one chamber"
                + " | month not given; valid from the start of the year";
        assertThat(parsed.facts()).filteredOn(f -> f.field().startsWith("current_"))
                .extracting(f -> f.validTime().from().orElseThrow(), FactAssertion::field, FactAssertion::value, FactAssertion::source)
                .containsExactly(
                        Tuple.tuple(LocalDate.of(1987, 4, 1), "current_members_number", FactValue.of(250), NAME + " row 2"),
                        Tuple.tuple(LocalDate.of(1987, 4, 1), "current_women_number", FactValue.of(9), NAME + " row 2"),
                        Tuple.tuple(LocalDate.of(1991, 5, 1), "current_members_number", FactValue.of(140), NAME + " row 4"),
                        Tuple.tuple(LocalDate.of(1991, 5, 1), "current_women_number", FactValue.of(12), NAME + " row 4"),
                        Tuple.tuple(LocalDate.of(1992, 1, 1), "current_members_number", UNKNOWN, NAME + " row 5"),
                        Tuple.tuple(LocalDate.of(1992, 1, 1), "current_women_number", UNKNOWN, NAME + " row 5"));
        assertThat(parsed.facts()).contains(
                new FactAssertion(LOWER, "current_women_number", from1992, UNKNOWN, annotation, NAME + " row 5"));
        assertThat(parsed.facts()).filteredOn(f -> f.field().equals("struct_parl_status")).hasSize(2);
    }

    @Test
    void aSpecialRowDeclaresTheChamberItInterrupts() {
        ParsedFile parsed = read(SyntheticWorkbook.ipuLayout().row("Albania", "EUR", "Yes", 1984, "August", "Special", 85, 2));
        assertThat(parsed.entities()).extracting(e -> e.entity().code()).containsExactly("AL", "AL-LC01");
        assertThat(parsed.facts()).hasSize(2).allSatisfy(f -> assertThat(f.value()).isEqualTo(UNKNOWN));
    }

    private ParsedFile read(SyntheticWorkbook workbook) {
        return reader.read(List.of(workbook.file(NAME)));
    }
}
