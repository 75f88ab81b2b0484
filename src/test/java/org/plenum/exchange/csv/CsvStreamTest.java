package org.plenum.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.UnusableFileException;

/**
 * {@link CsvStream} reads what {@link CsvRecords} reads, one record at a time: the same records from the real ranking
 * (also when repeated past the 64 KB decoding buffer), and the same message for invalid UTF-8 wherever the bad byte is.
 */
class CsvStreamTest {

    private static final byte[] RANKING = ReaderFixtures.bundled("ipu", "women-ranking-2025-11.csv").content();

    private static List<CsvRecord> stream(InputFile file) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvStream csv = CsvStream.open(file)) {
            for (Optional<CsvRecord> next = csv.next(); next.isPresent(); next = csv.next()) {
                records.add(next.get());
            }
        }
        return records;
    }

    @Test
    void theRealRankingGivesTheSameRecordsAsReadWhole() {
        InputFile file = new InputFile("ranking.csv", RANKING);
        assertThat(stream(file)).isEqualTo(CsvRecords.read(file).records());
    }

    @Test
    void aFileLargerThanTheBufferGivesTheSameRecords() {
        String text = new String(RANKING, StandardCharsets.UTF_8);
        InputFile file = new InputFile("ranking.csv", text.repeat(12).getBytes(StandardCharsets.UTF_8));
        assertThat(file.content().length).isGreaterThan(2 * 65_536);
        assertThat(stream(file)).isEqualTo(CsvRecords.read(file).records());
    }

    /** An invalid byte anywhere (the real ranking repeated 10 times, 150 KB) is named as the whole-file decoder names it. */
    @Property(tries = 60)
    void invalidUtf8IsNamedAsByTheWholeFileDecoder(@ForAll @IntRange(min = 0, max = 150_239) int at,
                                                   @ForAll @IntRange(min = 0x80, max = 0xFF) int bad) {
        byte[] bytes = new String(RANKING, StandardCharsets.UTF_8).repeat(10).getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] = (byte) bad;
        InputFile file = new InputFile("ranking.csv", bytes);
        Throwable whole = catchThrowable(() -> StrictUtf8.decode(file));
        Throwable streamed = catchThrowable(() -> stream(file));
        if (whole == null) {
            assertThat(streamed).isNull();
        } else {
            assertThat(streamed).isInstanceOf(UnusableFileException.class).hasMessage(whole.getMessage());
        }
    }

    @Test
    void utf16IsNamed() {
        InputFile file = new InputFile("ranking.csv", new String(RANKING, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> stream(file)).isInstanceOf(UnusableFileException.class)
                .hasMessageContaining("encoded as UTF-16 (little-endian");
    }

    @Test
    void malformedCsvIsNamedWithItsRow() {
        InputFile file = new InputFile("broken.csv", "a,b\n\"c,d\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> stream(file)).isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith("broken.csv: row 2 ").hasMessageContaining("is not valid CSV");
    }
}
