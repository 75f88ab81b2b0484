package org.plenum.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetFormulasTest {

    @Test
    void owaspTriggersAreNeutralised() {
        for (String formula : new String[] {"=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+Europa", "-x", "@SUM(A1)",
                "\tx", "\rx", "-2+3+cmd|' /C calc'!A0"}) {
            assertThat(SpreadsheetFormulas.isFormula(formula)).as(formula).isTrue();
            assertThat(SpreadsheetFormulas.neutralise(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void ipuValuesStayAsTheyAre() {
        for (String value : new String[] {"-", "-3", "-0.4", "+2", "63.8", "", "Rwanda", "07.2024", "18,5", "-12%", "a=b"}) {
            assertThat(SpreadsheetFormulas.isFormula(value)).as(value).isFalse();
            assertThat(SpreadsheetFormulas.neutralise(value)).isEqualTo(value);
        }
    }

    @Test
    void importersRefuseCallsButNotNamesStartingWithASign() {
        assertThat(SpreadsheetFormulas.isRefusedOnImport("=HYPERLINK(\"x\")")).isTrue();
        assertThat(SpreadsheetFormulas.isRefusedOnImport("@x")).isTrue();
        assertThat(SpreadsheetFormulas.isRefusedOnImport("+HYPERLINK(\"x\")")).isTrue();
        assertThat(SpreadsheetFormulas.isRefusedOnImport("-2+3+cmd|' /C calc'!A0")).isTrue();
        assertThat(SpreadsheetFormulas.isRefusedOnImport("+Europa")).isFalse();
        assertThat(SpreadsheetFormulas.isRefusedOnImport("--")).isFalse();
        assertThat(SpreadsheetFormulas.isRefusedOnImport("-")).isFalse();
    }
}
