package org.plenum.assessment.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.AssessmentException;

/** IPU's published figures read from the bundled copies of the shared data. */
class PublishedFiguresTest {

    @Test
    void readsTheHeadlineFiguresWithTheirSources() {
        List<PublishedFigure> figures = PublishedFigures.readFigures();
        assertThat(figures).hasSize(15);
        assertThat(figures.get(0).indicator()).isEqualTo("chambers_responding");
        assertThat(figures.get(0).value()).isEqualTo(115);
        assertThat(figures).filteredOn(f -> f.indicator().equals("cip_interest_future_participation")).singleElement()
                .satisfies(f -> assertThat(f.sourceUrl()).isEmpty());
        assertThat(figures).filteredOn(f -> f.indicator().equals("high_income_in_top_30")).singleElement()
                .satisfies(f -> assertThat(f.sourceUrl()).contains("https://popvox.org/clsp-resources/149th-ipu-assembly"));
    }

    @Test
    void mapsTheAfricanScoresToCountryCodesBurundiTwice() {
        List<PublishedFigure> scores = PublishedFigures.readDmiScores(PublishedFigures.countryCodes());
        assertThat(scores).extracting(f -> f.country().orElseThrow())
                .containsExactly("ZA", "ZW", "BI", "MA", "TN", "BI", "MW", "DZ", "KE", "NA");
        assertThat(scores).filteredOn(f -> f.country().equals(java.util.Optional.of("BI")))
                .extracting(f -> f.globalRank().getAsInt()).containsExactly(29, 52);
        assertThat(scores).filteredOn(f -> f.country().equals(java.util.Optional.of("BI")))
                .allSatisfy(f -> assertThat(f.note().orElseThrow()).contains("two chambers"));
        assertThat(scores.get(9).value()).isEqualTo(4);
        assertThat(scores.get(0).note()).isEmpty();
    }

    @Test
    void aCountryNameNotKnownIsNamedByFileRowAndColumn() {
        Map<String, String> codes = new HashMap<>(PublishedFigures.countryCodes());
        codes.remove("kenya");
        assertThatThrownBy(() -> PublishedFigures.readDmiScores(codes)).isInstanceOf(AssessmentException.class)
                .hasMessage("eparliament/dmi-2024-published-scores-africa.csv, row 10, column country: \"Kenya\" is not "
                        + "an IPU country name of reference/ipu-regions.csv");
    }
}
