package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenum.exchange.ipu.IpuTestFiles.RANKING;
import static org.plenum.exchange.ipu.IpuTestFiles.bundled;
import static org.plenum.exchange.ipu.IpuTestFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;

/**
 * The ranking read as a stream (decision 0028): a file of the real ranking followed by its country rows repeated (a
 * botched export; synthetic) gives the real file's facts, the first 300 rejections one by one and the others counted
 * by reason, so that memory does not grow with the repeats.
 */
class IpuRankingStreamingTest {

    @Test
    void repeatedRowsAreRejectedFirstThreeHundredListedTheRestCountedByReason() {
        String text = utf8(bundled(RANKING));
        ParsedFile real = new IpuRankingReader().read(List.of(new InputFile(RANKING, bundled(RANKING))));
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("\"Rank\"")).findFirst().orElseThrow());
        List<String> countryRows = lines.subList(header + 2, lines.size()).stream()
                .filter(l -> l.split("\",\"").length >= 9).toList();
        assertThat(countryRows).hasSize(real.rowsRead());
        int repeats = 20;
        String spoiled = text + (String.join("\n", countryRows) + "\n").repeat(repeats);

        ParsedFile parsed = new IpuRankingReader().read(List.of(new InputFile(RANKING, spoiled.getBytes(StandardCharsets.UTF_8))));

        assertThat(parsed.facts()).containsExactlyInAnyOrderElementsOf(real.facts());
        assertThat(parsed.rowsRead()).isEqualTo(real.rowsRead() * (repeats + 1));
        long rejected = (long) real.rowsRead() * repeats;
        assertThat(parsed.rejectedCount()).isEqualTo(rejected);
        assertThat(parsed.rejected()).hasSize(300).allSatisfy(r -> assertThat(r.reason()).contains(" is already in row "));
        assertThat(parsed.rejectedBeyond().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rejected - 300);
        assertThat(parsed.rejectedBeyond().keySet()).allSatisfy(reason -> assertThat(reason).startsWith("column Country: ")
                .contains(" is already in row #"));
    }
}
