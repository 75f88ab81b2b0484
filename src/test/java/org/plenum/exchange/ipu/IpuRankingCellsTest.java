package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenum.exchange.csv.InvalidCell;

/** The cell rules of the ranking: election months, rank cells, the % W check. */
class IpuRankingCellsTest {

    private static final YearMonth NOVEMBER_2025 = YearMonth.of(2025, 11);
    private static final String COLUMN = "Lower or single House / Elections";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            07.2024, 2024-07
            7.2024,  2024-07
            10.202,  2020-10
            1.2015,  2015-01
            7.201,   2010-07
            3.199,   1990-03
            02.1994, 1994-02
            11.2025, 2025-11
            """)
    void decodesElectionMonths(String cell, String month) {
        assertThat(ElectionMonth.decode(cell, NOVEMBER_2025, COLUMN)).isEqualTo(YearMonth.parse(month));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            10.2    | '10.2' is ambiguous: the year has only 1 digit(s) (trailing zeros lost, or a number shown rounded)
            10.20   | '10.20' is ambiguous: the year has only 2 digit(s) (trailing zeros lost, or a number shown rounded)
            10.200  | '10.200' is not an election month: three year digits ending in 0 cannot come from a year that lost its trailing zeros
            13.2020 | '13.2020': month 13 is not between 1 and 12
            0.2020  | '0.2020': month 0 is not between 1 and 12
            12.2025 | '12.2025': election month 2025-12 is after the reference month 2025-11
            1.1899  | '1.1899': year 1899 is before 1900
            2024-07 | '2024-07' is not an election month (expected MM.YYYY, e.g. 07.2024)
            07/2024 | '07/2024' is not an election month (expected MM.YYYY, e.g. 07.2024)
            """)
    void refusesElectionMonthsThatCannotBeKnown(String cell, String reason) {
        assertThatThrownBy(() -> ElectionMonth.decode(cell, NOVEMBER_2025, COLUMN))
                .isInstanceOfSatisfying(InvalidCell.class, p -> {
                    assertThat(p.column()).isEqualTo(COLUMN);
                    assertThat(p.reason()).isEqualTo(reason);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u201C", "\u201D", "\"", "''", " \u201C ", "\u3003"})
    void dittoMarks(String cell) {
        assertThat(RankCell.parse(cell, "Rank")).isEqualTo(new RankCell.Ditto());
    }

    @Test
    void otherRankCells() {
        assertThat(RankCell.parse("1", "Rank")).isEqualTo(new RankCell.Numbered(1));
        assertThat(RankCell.parse("", "Rank")).isEqualTo(new RankCell.Unranked());
        assertThat(RankCell.parse("Suspended", "Rank")).isEqualTo(new RankCell.Suspended());
        assertThatThrownBy(() -> RankCell.parse("1st", "Rank")).isInstanceOf(InvalidCell.class)
                .hasMessage("'1st' is not a rank (a number, a ditto mark, empty, or Suspended)");
        assertThatThrownBy(() -> RankCell.parse("0", "Rank")).isInstanceOf(InvalidCell.class)
                .hasMessage("rank 0: ranks start at 1");
    }

    @Test
    void womenPercentIsCheckedAgainstTheCounts() {
        assertThat(WomenPercent.expected(51, 80)).isEqualByComparingTo("63.8");
        assertThat(WomenPercent.expected(1, 8)).isEqualByComparingTo("12.5");
        // 6 / 11 = 54.5454...: one rounding gives 54.5, IPU's two roundings 54.6; both are accepted
        WomenPercent.check(new BigDecimal("54.5"), 6, 11, "% W");
        WomenPercent.check(new BigDecimal("54.6"), 6, 11, "% W");
        assertThatThrownBy(() -> WomenPercent.check(new BigDecimal("54.7"), 6, 11, "Upper chamber / % W"))
                .isInstanceOfSatisfying(InvalidCell.class, p -> {
                    assertThat(p.column()).isEqualTo("Upper chamber / % W");
                    assertThat(p.reason()).isEqualTo("% W is 54.7 but 6 women of 11 seats is 54.5%");
                });
        // 13 / 26 = 50.0 exactly: 50.1 is refused
        assertThatThrownBy(() -> WomenPercent.check(new BigDecimal("50.1"), 13, 26, "% W"))
                .isInstanceOf(InvalidCell.class);
    }
}
