package org.plenum.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code plenum export compare --field X} is read as {@code --field=X}: both spellings work. */
class ExportOptionsTest {

    @Test
    void anOptionFollowedByAWordTakesItAsItsValue() {
        assertThat(ExportCommandLine.joinSpacedValues(new String[] {"export", "compare", "--field", "current_women_percent",
                "--structure=upper", "--from-year", "2020", "--to-year=2020", "--format", "ipu-csv"}))
                .containsExactly("export", "compare", "--field=current_women_percent", "--structure=upper", "--from-year=2020",
                        "--to-year=2020", "--format=ipu-csv");
    }

    @Test
    void anOptionFollowedByAnotherOptionOrNothingIsLeftAsItIs() {
        assertThat(ExportCommandLine.joinSpacedValues(new String[] {"export", "compare", "--field", "--format=csv", "--out"}))
                .containsExactly("export", "compare", "--field", "--format=csv", "--out");
    }
}
