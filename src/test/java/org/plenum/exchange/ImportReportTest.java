package org.plenum.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A report of millions of rejections prints the first few hundred and counts the rest by reason. */
class ImportReportTest {

    @Test
    void manyRejectionsAreListedUpToTheLimitThenCountedByReason() {
        List<String> rejected = new ArrayList<>();
        for (int row = 20; row < 100_020; row++) {
            rejected.add(row % 4 == 0
                    ? new RejectedRow("big.csv", row, "Country", "unknown country name 'Atlantis " + row + "'").toString()
                    : new RejectedRow("big.csv", row, "Country", "Rwanda (RW) is already in row 17").toString());
        }
        String text = new ImportReport("ipu-ranking", List.of("big.csv"), 100_000, 0, 0, 0, 0, rejected, List.of(),
                OptionalLong.empty()).render();
        assertThat(text.lines().count()).isLessThan(ImportReport.MAX_LISTED + 20);
        assertThat(text).contains("  rejected:        100000\n")
                .contains("    big.csv, row 20, column Country: unknown country name 'Atlantis 20'\n")
                .contains("... and 99700 more; all rejections by reason:")
                .contains("   75,000  column Country: Rwanda (RW) is already in row #")
                .contains("   25,000  column Country: unknown country name '…'");
    }

    @Test
    void manyDifferentReasonsAreSummedBeyondTheFirstFifty() {
        List<String> rejected = new ArrayList<>();
        for (int row = 1; row <= 1000; row++) {
            rejected.add(new RejectedRow("big.xlsx", row, "Country", "Country " + (char) ('A' + row % 26) + (char) ('A' + row / 26 % 26)
                    + " is listed twice").toString());
        }
        String text = new ImportReport("ipu-historical", List.of("big.xlsx"), 1000, 0, 0, 0, 0, rejected, List.of(),
                OptionalLong.empty()).render();
        assertThat(text.lines().count()).isLessThan(ImportReport.MAX_LISTED + ImportReport.MAX_REASONS + 20);
        assertThat(text).containsPattern("in [0-9,]+ other reasons");
    }
}
