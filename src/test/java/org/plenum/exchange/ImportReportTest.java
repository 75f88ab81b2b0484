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
}
