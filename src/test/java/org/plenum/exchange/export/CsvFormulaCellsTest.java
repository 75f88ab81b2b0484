package org.plenum.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The tidy CSV's cells: formulas neutralised, numbers and IPU's "-" as they are. */
class CsvFormulaCellsTest {

    @Test
    void formulaTextIsQuotedAndPrefixed() {
        assertThat(TidyCsvWriter.cell("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(TidyCsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(TidyCsvWriter.cell("+Europa")).isEqualTo("\"'+Europa\"");
    }

    @Test
    void numbersAndIpuMarksAreUnchanged() {
        assertThat(TidyCsvWriter.cell(new BigDecimal("-0.4"))).isEqualTo("-0.4");
        assertThat(TidyCsvWriter.cell(-3L)).isEqualTo("-3");
        assertThat(TidyCsvWriter.cell("-")).isEqualTo("-");
        assertThat(TidyCsvWriter.cell("-1.5")).isEqualTo("-1.5");
        assertThat(TidyCsvWriter.cell("Rwanda")).isEqualTo("Rwanda");
    }
}
