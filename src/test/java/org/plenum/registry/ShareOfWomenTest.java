package org.plenum.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rounding of each output (decision 0010): IPU's database and compare values are rounded once; the cells of
 * the monthly ranking table in two steps. The cases are those where the two differ, from IPU's published files.
 */
class ShareOfWomenTest {

    @ParameterizedTest(name = "{0} of {1}: database {2}, ranking cell {3}")
    @CsvSource({
            "3, 17, 17.6, 17.7",   // 17.647… (IPU's compare value is 17.6)
            "1, 87, 1.1, 1.2",     // 1.149…
            "3, 69, 4.3, 4.4",     // 4.347…
            "13, 81, 16.0, 16.1",  // 16.049…
            "7, 136, 5.1, 5.2",    // 5.147…
            "50, 91, 54.9, 55.0",  // 54.945…: Nicaragua in IPU's November 2025 ranking shows 55.0
            "49, 80, 61.3, 61.3",  // 61.25: both half up
            "0, 27, 0.0, 0.0",
            "27, 27, 100.0, 100.0"})
    void roundsOnceForTheDatabaseAndTwiceForTheRankingTable(long women, long members, String database, String rankingCell) {
        assertThat(ShareOfWomen.percent(women, members).toPlainString()).isEqualTo(database);
        assertThat(ShareOfWomen.rankingCell(women, members).toPlainString()).isEqualTo(rankingCell);
    }
}
