package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.Responses.ImportedResponse;
import org.plenum.assessment.Section;
import org.plenum.assessment.TestEditions;
import org.plenum.assessment.Text;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The questionnaires' and responses' JDBC stores (decision 0051) on a real database: an edition round-trips through
 * its JSON document, saving is idempotent and audited, an edition with responses keeps its questions, imports are
 * checked first and written whole or not at all, one response per respondent. Each test uses a questionnaire code of
 * its own. Subclasses choose the database.
 */
@SpringBootTest
abstract class AssessmentStoreTests {

    static void settings(DynamicPropertyRegistry properties) {
        properties.add("PLENUM_LOAD_BUNDLED_DATASET", () -> "false");
        properties.add("plenum.publications.enabled", () -> "false");
        properties.add("plenum.bulk.enabled", () -> "false");
    }

    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    static Respondent respondent(String key, String chamber, boolean synthetic) {
        return new Respondent(key, Optional.ofNullable(chamber), Optional.ofNullable(chamber).map(c -> c.substring(0, 2)),
                "Respondent " + key, "", Optional.of("europe"), Optional.of("high_income"), synthetic);
    }

    @Test
    void anEditionRoundTripsAndSavingTheSameAgainChangesNothing() {
        Edition edition = TestEditions.every("store-roundtrip", "2026", true);
        assertThat(questionnaires.save(edition, "editor@ipu.org")).isTrue();
        assertThat(questionnaires.edition("store-roundtrip", "2026")).contains(edition);
        assertThat(questionnaires.save(edition, "editor@ipu.org")).isFalse();
        assertThat(audit.find(new AuditQuery(Optional.empty(), Optional.of("questionnaire."), Optional.empty(),
                Optional.empty(), 0)).stream().filter(r -> r.entry().subject().equals("questionnaire:store-roundtrip/2026")))
                .singleElement().satisfies(r -> {
                    assertThat(r.entry().action()).isEqualTo("questionnaire.added");
                    assertThat(r.entry().actor()).isEqualTo("editor@ipu.org");
                    assertThat(r.entry().detail()).isEqualTo("10 questions in 2 sections");
                });
        Edition older = TestEditions.every("store-roundtrip", "2024", true);
        questionnaires.save(older, "cli:operator");
        assertThat(questionnaires.editions()).filteredOn(e -> e.questionnaire().equals("store-roundtrip"))
                .extracting(Edition::edition).containsExactly("2026", "2024");
        assertThat(questionnaires.latest("store-roundtrip")).contains(edition);
        assertThat(questionnaires.latest("nothing-here")).isEmpty();
    }

    @Test
    void anEditionWithProblemsIsRefusedAndNothingIsWritten() {
        Edition good = TestEditions.every("store-bad", "2026", false);
        Section general = good.sections().get(0);
        Edition bad = new Edition("store-bad", "2026", good.title(), good.description(), good.languages(), false,
                List.of(new Section("general", general.title(), general.hint(), Optional.of("${nowhere} = 'x'"),
                        general.questions())));
        assertThatThrownBy(() -> questionnaires.save(bad, "editor@ipu.org")).isInstanceOf(AssessmentException.class)
                .hasMessage("Questionnaire store-bad edition 2026, section 'general', relevant: `${nowhere} = 'x'` names"
                        + " ${nowhere}, which is not a question of this edition");
        assertThat(questionnaires.edition("store-bad", "2026")).isEmpty();
    }

    @Test
    void importsAreCheckedFirstWrittenWholeAndIdempotent() {
        Edition edition = TestEditions.every("store-import", "2026", true);
        questionnaires.save(edition, "editor@ipu.org");
        List<ImportedResponse> set = List.of(
                new ImportedResponse(respondent("ES-LC01", "ES-LC01", false),
                        new Answers(Map.of("has_strategy", "yes", "strategy_year", "2019", "hosting", "cloud",
                                "svc_mail", "full"))),
                new ImportedResponse(respondent("synthetic-001", null, true),
                        new Answers(Map.of("has_strategy", "no", "hosting", "premises"))));
        assertThat(responses.importAccepted("store-import", "2026", set, "import:test.csv", "editor@ipu.org")).isEqualTo(2);
        assertThat(responses.importAccepted("store-import", "2026", set, "import:test.csv", "editor@ipu.org")).isZero();
        Response es = responses.find("store-import", "2026", "ES-LC01").orElseThrow();
        assertThat(es.state()).isEqualTo(ResponseState.ACCEPTED);
        assertThat(es.answers().get("strategy_year")).contains("2019");
        assertThat(es.respondent()).isEqualTo(respondent("ES-LC01", "ES-LC01", false));
        assertThat(es.source()).isEqualTo("import:test.csv");
        assertThat(es.version()).isEqualTo(1);

        // one bad answer refuses the whole set: the good change of ES-LC01 is not written either
        List<ImportedResponse> bad = List.of(
                new ImportedResponse(respondent("ES-LC01", "ES-LC01", false),
                        new Answers(Map.of("has_strategy", "yes", "strategy_year", "2020", "hosting", "cloud"))),
                new ImportedResponse(respondent("FR-LC01", "FR-LC01", false),
                        new Answers(Map.of("has_strategy", "perhaps", "staff", "x"))));
        assertThatThrownBy(() -> responses.importAccepted("store-import", "2026", bad, "import:bad.csv", "editor@ipu.org"))
                .isInstanceOf(AssessmentException.class)
                .hasMessageStartingWith("import:bad.csv: 2 problems in the responses to store-import 2026, nothing"
                        + " imported; the first: Respondent FR-LC01, question has_strategy: 'perhaps' is not one of the"
                        + " choices. (not_a_choice)")
                .satisfies(e -> assertThat(((AssessmentException) e).problems()).hasSize(2)
                        .last().asString().startsWith("Respondent FR-LC01, question staff:"));
        assertThat(responses.find("store-import", "2026", "ES-LC01").orElseThrow().answers().get("strategy_year"))
                .contains("2019");
        assertThat(responses.find("store-import", "2026", "FR-LC01")).isEmpty();

        // a changed answer: updated in place, version raised
        List<ImportedResponse> changed = List.of(new ImportedResponse(respondent("ES-LC01", "ES-LC01", false),
                new Answers(Map.of("has_strategy", "yes", "strategy_year", "2021", "hosting", "cloud"))));
        assertThat(responses.importAccepted("store-import", "2026", changed, "import:test.csv", "editor@ipu.org")).isEqualTo(1);
        assertThat(responses.find("store-import", "2026", "ES-LC01").orElseThrow().version()).isEqualTo(2);
        assertThat(responses.list("store-import", "2026", EnumSet.of(ResponseState.ACCEPTED)))
                .extracting(r -> r.respondent().key()).containsExactly("ES-LC01", "synthetic-001");
        assertThat(responses.list("store-import", "2026", EnumSet.of(ResponseState.DRAFT))).isEmpty();

        assertThat(responses.removeSynthetic("store-import", "2026", "cli:operator")).isEqualTo(1);
        assertThat(responses.list("store-import", "2026", EnumSet.allOf(ResponseState.class))).hasSize(1);
        assertThat(audit.find(new AuditQuery(Optional.empty(), Optional.of("responses."), Optional.empty(),
                Optional.empty(), 0))).filteredOn(r -> r.entry().subject().equals("questionnaire:store-import/2026"))
                .extracting(r -> r.entry().action() + " " + r.entry().detail()).containsExactly(
                        "responses.synthetic-removed removed=1",
                        "responses.imported source=import:test.csv; added=0; changed=1; unchanged=0",
                        "responses.imported source=import:test.csv; added=2; changed=0; unchanged=0");
    }

    @Test
    void aRespondentAppearsOnceAndTheEditionMustExist() {
        questionnaires.save(TestEditions.every("store-once", "2026", false), "editor@ipu.org");
        ImportedResponse one = new ImportedResponse(respondent("ES-LC01", "ES-LC01", false),
                new Answers(Map.of("has_strategy", "no")));
        assertThatThrownBy(() -> responses.importAccepted("store-once", "2026", List.of(one, one), "import:twice.csv",
                "editor@ipu.org")).hasMessageContaining("Respondent ES-LC01: appears more than once in import:twice.csv");
        assertThatThrownBy(() -> responses.importAccepted("store-once", "1999", List.of(one), "import:x.csv",
                "editor@ipu.org")).hasMessage("Questionnaire store-once has no edition 1999: save the edition before its"
                + " responses");
        // the database itself keeps one response per questionnaire, edition and respondent
        responses.importAccepted("store-once", "2026", List.of(one), "import:once.csv", "editor@ipu.org");
        assertThatThrownBy(() -> jdbc.update("insert into assessment_response (questionnaire, edition, respondent_key,"
                + " label, organisation, synthetic, state, answers, version, source, created_at, updated_at,"
                + " review_comment) values ('store-once', '2026', 'ES-LC01', 'x', '', false, 'DRAFT', '{}', 1, 'web',"
                + " current_timestamp, current_timestamp, '')")).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void anEditionWithResponsesKeepsItsQuestions() {
        Edition edition = TestEditions.every("store-keep", "2026", false);
        questionnaires.save(edition, "editor@ipu.org");
        responses.importAccepted("store-keep", "2026", List.of(new ImportedResponse(respondent("ES-LC01", "ES-LC01",
                false), new Answers(Map.of("has_strategy", "no")))), "import:x.csv", "editor@ipu.org");
        Section general = edition.sections().get(0);
        Edition fewer = new Edition("store-keep", "2026", edition.title(), edition.description(), edition.languages(),
                false, List.of(general));
        assertThatThrownBy(() -> questionnaires.save(fewer, "editor@ipu.org")).isInstanceOf(AssessmentException.class)
                .hasMessage("Questionnaire store-keep edition 2026 has 1 responses: question 'services' cannot be removed");
        Edition retitled = new Edition("store-keep", "2026", Text.of("Renamed", "Renommé"), edition.description(),
                edition.languages(), false, edition.sections());
        assertThat(questionnaires.save(retitled, "editor@ipu.org")).isTrue();
        assertThat(questionnaires.edition("store-keep", "2026").orElseThrow().title().in("fr")).isEqualTo("Renommé");
        assertThat(responses.list("store-keep", "2026", Set.of(ResponseState.ACCEPTED))).hasSize(1);
    }
}
