package org.plenum.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Responses;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.legislativeopenness.LegislativeOpennessReader;
import org.plenum.exchange.responses.ResponsesImport;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.plenum.exchange.xlsform.XlsFormSheets;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The survey files on the running application with the bundled dataset: the legislative-openness survey loaded at
 * first start and its XLSForm download, and responses imported against the registry's real chambers.
 */
class SurveyFilesWebsiteTest extends WebsiteTest {

    @Autowired
    ResponsesImport responseFiles;
    @Autowired
    org.plenum.assessment.Questionnaires questionnaires;
    @Autowired
    Responses responses;

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLegislativeOpennessSurveyIsThereAndItsXlsFormReadsBackEqual() throws Exception {
        Edition bundled = LegislativeOpennessReader.bundled().edition();
        assertThat(questionnaires.edition("legislative-openness", "2016")).contains(bundled);
        assertThat(responses.list("legislative-openness", "2016",
                java.util.EnumSet.of(org.plenum.assessment.ResponseState.ACCEPTED))).hasSize(37);
        HttpResponse<byte[]> workbook = download("/surveys/legislative-openness/2016/xlsform.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(workbook.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("legislative-openness-2016.xlsx"));
        assertThat(XlsFormReader.read(XlsFormSheets.workbook(new InputFile("lo.xlsx", workbook.body()))))
                .isEqualTo(bundled);
        assertThat(download("/surveys/legislative-openness/1999/xlsform.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void theLegislativeOpennessRespondentsArePlacedByRegionAndIncomeGroup() {
        String page = get("/frameworks/legislative-openness/breakdown?lang=en").body();
        assertThat(page).contains("Europe (n = 20)", "High income (n = 18)", "Upper middle income (n = 16)",
                // Kosovo is in neither IPU's regions nor the World Bank's list as Plenum has them
                "One respondent with a score has no group and is counted only in all respondents.");
        assertThat(get("/frameworks/legislative-openness/breakdown?lang=fr").body())
                .contains("Un répondant ayant un score est sans groupe et compté seulement parmi tous les répondants.");
    }

    /** A synthetic questionnaire (made for the test) answered for two real chambers. */
    @Test
    void responsesAreImportedWholeOnceAndEveryRejectedCellIsNamed() {
        Edition edition = new Edition("responses-test", "2026", Text.of("Responses test (synthetic)", null), Text.NONE,
                List.of("en"), false, List.of(new Section("main", Text.NONE, Text.NONE, Optional.empty(), List.of(
                new Question("has_strategy", QuestionType.YES_NO, Text.of("Has a strategy?", null), Text.NONE, false,
                        Optional.empty(), Optional.empty(), Text.NONE, Optional.of("yes_no"),
                        List.of(new Choice("yes", Text.of("Yes", null)), new Choice("no", Text.of("No", null))), false,
                        Optional.empty(), List.of()),
                new Question("staff", QuestionType.INTEGER, Text.of("Staff", null), Text.NONE, false, Optional.empty(),
                        Optional.of(". >= 0"), Text.NONE, Optional.empty(), List.of(), false, Optional.empty(),
                        List.of())))));
        questionnaires.save(edition, "test");
        InputFile good = new InputFile("answers.csv", """
                chamber,has_strategy,staff
                ES-LC01,yes,40
                FR-UC02,no,
                """.getBytes(StandardCharsets.UTF_8));
        ResponsesImport.Result first = responseFiles.run("responses-test", "2026", good, "test");
        assertThat(first.rows()).isEqualTo(2);
        assertThat(responses.find("responses-test", "2026", "FR-UC02")).hasValueSatisfying(r -> {
            assertThat(r.respondent().chamber()).contains("FR-UC02");
            assertThat(r.respondent().country()).contains("FR");
            assertThat(r.answers().values()).isEqualTo(Map.of("has_strategy", "no"));
        });
        assertThat(responseFiles.run("responses-test", "2026", good, "test").changed()).isZero();

        InputFile bad = new InputFile("answers.csv", """
                chamber,has_strategy,staff
                ES-LC01,perhaps,-3
                ES-LC01,yes,1
                FR-UC02,no,many
                """.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> responseFiles.run("responses-test", "2026", bad, "test"))
                .isInstanceOf(AssessmentException.class)
                .satisfies(e -> assertThat(((AssessmentException) e).problems()).containsExactly(
                        "answers.csv, row 2, column B (has_strategy): 'perhaps' is not one of the choices. (not_a_choice)",
                        "answers.csv, row 2, column C (staff): This answer is not allowed (. >= 0). (constraint)",
                        "answers.csv, row 3, column A (chamber): a second row for ES-LC01 (first in row 2)",
                        "answers.csv, row 4, column C (staff): Give a whole number, e.g. 42. (not_an_integer)"));
        assertThat(responses.find("responses-test", "2026", "ES-LC01").orElseThrow().answers().get("staff"))
                .contains("40");
    }
}
