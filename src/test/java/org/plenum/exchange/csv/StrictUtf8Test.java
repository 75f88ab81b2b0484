package org.plenum.exchange.csv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.UnusableFileException;

/** UTF-16 files (as Excel's "Unicode Text" saves them) are named as such, not taken for Latin-1. */
class StrictUtf8Test {

    private static final String RANKING = new String(ReaderFixtures.bundled("ipu", "women-ranking-2025-11.csv").content(),
            StandardCharsets.UTF_8);

    @Test
    void utf16WithAByteOrderMarkIsNamed() {
        InputFile le = new InputFile("ranking.csv", RANKING.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> StrictUtf8.decode(le)).isInstanceOf(UnusableFileException.class)
                .hasMessageContaining("encoded as UTF-16 (little-endian, byte order mark FF FE)").hasMessageNotContaining("Latin-1");
        InputFile be = new InputFile("ranking.csv", RANKING.getBytes(StandardCharsets.UTF_16BE));
        assertThatThrownBy(() -> StrictUtf8.decode(be)).hasMessageContaining("UTF-16 (big-endian, byte order mark FE FF)");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamed() {
        String withoutBom = RANKING.substring(1);
        InputFile le = new InputFile("ranking.csv", withoutBom.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> StrictUtf8.decode(le)).hasMessageContaining("UTF-16 (little-endian, without a byte order mark)");
    }
}
