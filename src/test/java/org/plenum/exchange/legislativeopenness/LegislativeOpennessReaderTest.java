package org.plenum.exchange.legislativeopenness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Responses.ImportedResponse;
import org.plenum.assessment.Section;
import org.plenum.assessment.internal.AnswerChecks;

/** The real legislative-openness files, as bundled (dataset/surveys/legislative-openness, CC BY 4.0). */
class LegislativeOpennessReaderTest {

    static final LegislativeOpennessSurvey SURVEY = LegislativeOpennessReader.bundled();

    private static ImportedResponse respondent(String key) {
        return SURVEY.responses().stream().filter(r -> r.respondent().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void thirtySevenRespondentsWithStableKeysTheIdealRowKeptApart() {
        assertThat(SURVEY.responses()).hasSize(37);
        assertThat(SURVEY.responses()).extracting(r -> r.respondent().key()).doesNotHaveDuplicates()
                .startsWith("lo-2016-ro-1", "lo-2016-fi-1", "lo-2016-ie-1", "lo-2016-kr-1")
                .contains("lo-2016-id-1", "lo-2016-id-2", "lo-2016-id-3", "lo-2016-ie-2", "lo-2016-me-2",
                        "lo-2016-cl-2", "lo-2016-gb-2")
                .doesNotContain("lo-2016-id-4");
        assertThat(SURVEY.responses()).noneMatch(r -> r.respondent().label().contains("IDEAL"));
        assertThat(SURVEY.ideal().values()).hasSizeGreaterThan(100);
        assertThat(SURVEY.responses()).noneMatch(r -> r.respondent().synthetic());
    }

    @Test
    void countryNamesAsTypedMapToPlenumsCodes() {
        Map<String, String> countryByOrganisation = SURVEY.responses().stream().collect(Collectors.toMap(
                r -> r.respondent().organisation(), r -> r.respondent().country().orElseThrow()));
        assertThat(countryByOrganisation).containsEntry("mySociety (www.mysociety.org)", "GB") // "UK"
                .containsEntry("AfroLeadership", "CM") // "Cameroun"
                .containsEntry("POPONG", "KR") // "South Korea"
                .containsEntry("Assembly", "MK") // "the Republic of Macedonia"
                .containsEntry("Open State Foundation", "NL") // "The Netherlands"
                .containsEntry("Assembly of Kosova", "XK");
    }

    @Test
    void chambersWhereTheRegistryOrTheRowSaysWhichOne() {
        assertThat(respondent("lo-2016-gb-1").respondent()).isEqualTo(new Respondent("lo-2016-gb-1",
                Optional.of("GB-LC01"), Optional.of("GB"), "House of Commons", "House of Commons", Optional.of("europe"),
                Optional.of("high_income"), false));
        // the region and income group from the reference files; Kosovo is in neither IPU's regions nor its ranking
        assertThat(respondent("lo-2016-ar-1").respondent().incomeGroup()).contains("upper_middle_income");
        assertThat(SURVEY.responses()).filteredOn(r -> r.respondent().region().isEmpty())
                .extracting(r -> r.respondent().country().orElseThrow()).containsOnly("XK");
        assertThat(respondent("lo-2016-cl-2").respondent().chamber()).contains("CL-UC02"); // Senado
        assertThat(respondent("lo-2016-br-1").respondent().chamber()).contains("BR-LC01"); // Chamber of Deputies
        assertThat(respondent("lo-2016-kr-1").respondent().chamber()).contains("KR-LC01"); // unicameral
        assertThat(respondent("lo-2016-me-2").respondent().chamber()).contains("ME-LC01");
        // a civil-society group answering for a whole bicameral parliament: no chamber
        assertThat(respondent("lo-2016-gb-2").respondent().chamber()).isEmpty();
        assertThat(respondent("lo-2016-ie-2").respondent().chamber()).isEmpty(); // the Houses' common service
        assertThat(SURVEY.responses().stream().filter(r -> r.respondent().chamber().isPresent())).hasSize(22);
    }

    @Test
    void theQuestionnaireHasItsSectionsQuestionsAndOptions() {
        Edition edition = SURVEY.edition();
        assertThat(edition.questionnaire()).isEqualTo("legislative-openness");
        assertThat(edition.edition()).isEqualTo("2016");
        assertThat(edition.publicResponses()).isTrue();
        assertThat(edition.sections()).extracting(Section::name).containsExactly("respondent", "ogp", "plenary",
                "committees", "mps", "administration", "accessibility", "ethics");
        // categories.json names "Citizen participation", but qs.csv puts no question in it: no empty section
        assertThat(edition.sections()).noneMatch(section -> section.name().equals("citizen-participation"));
        assertThat(edition.sections().get(3).title().in("fr")).isEqualTo("Commissions");
        assertThat(edition.sections().get(3).title().in("en")).isEqualTo("Committees");
        assertThat(AnswerChecks.problemsOf(edition)).isEmpty();

        Question website = edition.question("q024").orElseThrow();
        assertThat(website.label().in("en")).isEqualTo("Does the parliament have a public website? If yes, please"
                + " provide a link.");
        assertThat(website.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(website.otherSpecify()).isTrue();
        assertThat(edition.question("q024_yes").orElseThrow().type()).isEqualTo(QuestionType.TEXT);
        Question search = edition.question("q027").orElseThrow();
        assertThat(search.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(search.otherSpecify()).isTrue();
        assertThat(search.choices()).extracting(c -> c.name()).containsExactlyInAnyOrder("simple_search",
                "complex_search", "no_search_options_available");
        assertThat(edition.question("q011").orElseThrow().type()).isEqualTo(QuestionType.TEXT);
        // the name, title and gender of the person who answered are not kept
        assertThat(edition.questions().map(Question::name)).doesNotContain("q001", "q004", "q005");
    }

    @Test
    void specificAnswersOfSpecificRows() {
        Map<String, String> commons = respondent("lo-2016-gb-1").answers().values();
        assertThat(commons).containsEntry("q006", "parliament").containsEntry("q024", "yes")
                .containsEntry("q024_yes", "http://www.parliament.uk/").containsEntry("q026", "yes")
                .containsEntry("q027", "simple_search other");
        assertThat(commons.get("q027_other")).startsWith("Only simple search at present but we feature a page");
        Map<String, String> senado = respondent("lo-2016-cl-2").answers().values();
        assertThat(senado).containsEntry("q024_yes", "www.senado.cl").containsEntry("q025", "other")
                .containsEntry("q027", "other");
        assertThat(senado.get("q027_other")).startsWith("El sistema de búsqueda del sitio web del Senado de Chile");
        assertThat(respondent("lo-2016-cm-1").answers().values()).containsEntry("q025", "monthly")
                .containsEntry("q027", "simple_search").containsEntry("q024_yes", "www.assnat.cm");
    }

    @Test
    void freeTextKeepsLinksAsWritten() {
        // (SOURCES.md expects line breaks in free text: the published file has none; links there are, many)
        assertThat(SURVEY.responses().stream().flatMap(r -> r.answers().values().values().stream())
                .filter(v -> v.contains("http"))).hasSizeGreaterThan(300);
        assertThat(respondent("lo-2016-kr-1").answers().values()).containsEntry("q051_yes_online",
                "http://www.assembly.go.kr/assm/assemact/council/council0101/assmSchCal/assemSchCal.do");
    }

    @Test
    void everyAnswerPassesTheEnginesChecks() {
        List<String> problems = SURVEY.responses().stream()
                .flatMap(r -> AnswerChecks.check(SURVEY.edition(), r.answers(), false).stream()
                        .map(p -> r.respondent().key() + " " + p.question() + " " + p.code()))
                .toList();
        assertThat(problems).isEmpty();
    }
}
