package org.plenum.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.exchange.legislativeopenness.LegislativeOpennessReader;
import org.plenum.exchange.legislativeopenness.LegislativeOpennessSurvey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bundled questionnaires and the legislative-openness survey load once, whole, and again only when their files
 * change (here on a fresh embedded database; the bundled registry dataset is not needed and not loaded).
 */
@SpringBootTest
class BundledSurveysTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        properties.add("PLENUM_DATA_DIR", Files.createTempDirectory("plenum-bundled-surveys")::toString);
        properties.add("PLENUM_LOAD_BUNDLED_DATASET", () -> "false");
        properties.add("plenum.publications.enabled", () -> "false");
        properties.add("plenum.bulk.enabled", () -> "false");
    }

    @Autowired
    BundledSurveys bundled;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;

    @Test
    void loadsTheSurveyOnceAndAgainChangesNothing() {
        assertThat(bundled.load()).contains("survey:legislative-openness");
        assertThat(questionnaires.edition("legislative-openness", "2016")).hasValueSatisfying(edition -> {
            assertThat(edition.publicResponses()).isTrue();
            assertThat(edition.sections()).hasSize(8);
        });
        var stored = responses.list("legislative-openness", "2016", EnumSet.allOf(ResponseState.class));
        assertThat(stored).hasSize(37).allMatch(r -> r.state() == ResponseState.ACCEPTED);
        Response commons = responses.find("legislative-openness", "2016", "lo-2016-gb-1").orElseThrow();
        assertThat(commons.respondent().chamber()).contains("GB-LC01");
        // what the file does not say, the reference files do: the country's IPU region and World Bank income group
        assertThat(commons.respondent().region()).contains("europe");
        assertThat(commons.respondent().incomeGroup()).contains("high_income");
        assertThat(commons.answers().get("q024_yes")).contains("http://www.parliament.uk/");
        assertThat(commons.source()).isEqualTo("import:legislative-openness/responses.csv");

        // a second start loads nothing; importing the same set again changes nothing
        assertThat(bundled.load()).isEmpty();
        LegislativeOpennessSurvey survey = LegislativeOpennessReader.bundled();
        assertThat(questionnaires.save(survey.edition(), "test")).isFalse();
        assertThat(responses.importAccepted("legislative-openness", "2016", survey.responses(),
                "import:legislative-openness/responses.csv", "test")).isZero();
    }

    @Test
    void everyBundledQuestionnaireFolderReads() {
        BundledSurveys.questionnaireFolders().forEach((folder, files) ->
                assertThat(files.keySet()).as(folder).contains("survey", "settings"));
    }
}
