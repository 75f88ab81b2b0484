package org.plenum.assessment.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.TestEditions;
import org.plenum.assessment.internal.StoredResponse;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditTrail;
import org.plenum.notifications.MailRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The correspondents' workflow on the whole application with the bundled dataset on H2 (real chambers: Rwanda's
 * RW-LC01, New Zealand's NZ-LC01): save, resume, submit, return, resubmit, accept; stale versions, other chambers'
 * correspondents, read-only states; audit entries and e-mails. Each test uses a questionnaire code of its own.
 */
@SpringBootTest
@RecordApplicationEvents
class SurveyWorkflowTest {

    static final String ORIGIN = "127.0.0.1";
    static final Actor CORRESPONDENT = new Actor(911, "clerk@parliament.gov.rw", "Aline Uwase", Role.CORRESPONDENT,
            Set.of("RW"), Set.of());
    static final Actor OTHER = new Actor(912, "clerk@parliament.nz", "Tama Ngata", Role.CORRESPONDENT, Set.of("NZ"),
            Set.of());
    static final Actor EDITOR = new Actor(913, "editor@ipu.org", "Eva Editor", Role.EDITOR, Set.of(), Set.of());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("PLENUM_DATA_DIR", () -> {
            try {
                return Files.createTempDirectory("plenum-surveys").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Autowired
    SurveyWorkflow workflow;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEvents events;

    static Answers answers(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new Answers(map);
    }

    @Test
    void saveResumeSubmitReturnResubmitAccept() {
        questionnaires.save(TestEditions.every("wf-cycle", "2026", false), "editor@ipu.org");
        assertThat(workflow.openEditions()).anySatisfy(e -> assertThat(e.questionnaire()).isEqualTo("wf-cycle"));

        StoredResponse draft = workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-cycle", "2026", "RW-LC01",
                answers("has_strategy", "yes"), 0);
        assertThat(draft.response().state()).isEqualTo(ResponseState.DRAFT);
        assertThat(draft.response().version()).isEqualTo(1);
        assertThat(draft.response().respondent().label()).isEqualTo("Rwanda: Chamber of Deputies");
        assertThat(draft.response().respondent().region()).isPresent();
        assertThat(draft.submitter()).contains("clerk@parliament.gov.rw");

        // resumed later: the same response, the answers saved before
        StoredResponse resumed = workflow.response(CORRESPONDENT, "wf-cycle", "2026", "RW-LC01").orElseThrow();
        assertThat(resumed.response().answers().get("has_strategy")).contains("yes");

        // incomplete: submit refused with the missing answers, nothing changes
        assertThatThrownBy(() -> workflow.submit(CORRESPONDENT, ORIGIN, draft.response().id(), 1))
                .isInstanceOfSatisfying(SurveyRefusedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.question() + ":" + p.code())
                        .containsExactly("strategy_year:required", "hosting:required"));
        // skip logic: the answer to a question not asked is dropped when saving
        StoredResponse complete = workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-cycle", "2026", "RW-LC01",
                answers("has_strategy", "no", "strategy_year", "2019", "hosting", "premises", "provider", "other",
                        "provider_other", "Rwanda ICT", "svc_mail", "full"), 1);
        assertThat(complete.response().answers().values()).containsOnlyKeys("has_strategy", "hosting", "provider",
                "provider_other");
        StoredResponse sent = workflow.submit(CORRESPONDENT, ORIGIN, complete.response().id(), 2);
        assertThat(sent.response().state()).isEqualTo(ResponseState.SUBMITTED);
        assertThat(sent.submittedAt()).isPresent();

        // read-only once submitted
        assertThatThrownBy(() -> workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-cycle", "2026", "RW-LC01",
                answers("has_strategy", "yes"), 3)).isInstanceOf(SurveyStateException.class)
                .hasMessageContaining("is submitted: it can be changed only when an editor returns it");
        assertThat(workflow.queue(EDITOR)).extracting(s -> s.response().id()).contains(sent.response().id());
        // not counted before it is accepted
        assertThat(responses.list("wf-cycle", "2026", EnumSet.of(ResponseState.ACCEPTED))).isEmpty();

        // returned with a comment (required)
        assertThatThrownBy(() -> workflow.returnToCorrespondent(EDITOR, ORIGIN, sent.response().id(), 3, " "))
                .isInstanceOf(SurveyRefusedException.class);
        StoredResponse returned = workflow.returnToCorrespondent(EDITOR, ORIGIN, sent.response().id(), 3,
                "Who is the other provider?");
        assertThat(returned.response().state()).isEqualTo(ResponseState.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Who is the other provider?");
        assertThat(events.stream(MailRequested.class)).anySatisfy(mail -> {
            assertThat(mail.to()).isEqualTo("clerk@parliament.gov.rw");
            assertThat(mail.subject()).isEqualTo("Plenum: wf-cycle 2026 RW-LC01 returned");
            assertThat(mail.body()).contains("Who is the other provider?", "/my/surveys/wf-cycle/2026/RW-LC01",
                    "renvoyée");
        });

        StoredResponse edited = workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-cycle", "2026", "RW-LC01",
                answers("has_strategy", "no", "hosting", "premises", "provider", "other", "provider_other",
                        "Rwanda Information Society Authority"), 4);
        assertThat(edited.response().state()).isEqualTo(ResponseState.RETURNED);
        StoredResponse again = workflow.submit(CORRESPONDENT, ORIGIN, edited.response().id(), 5);
        StoredResponse accepted = workflow.accept(EDITOR, ORIGIN, again.response().id(), 6, "");
        assertThat(accepted.response().state()).isEqualTo(ResponseState.ACCEPTED);
        assertThat(accepted.reviewer()).contains("editor@ipu.org");
        assertThat(responses.list("wf-cycle", "2026", EnumSet.of(ResponseState.ACCEPTED)))
                .singleElement().satisfies(r -> assertThat(r.answers().get("provider_other"))
                        .contains("Rwanda Information Society Authority"));
        assertThat(events.stream(MailRequested.class)).anySatisfy(mail ->
                assertThat(mail.subject()).isEqualTo("Plenum: wf-cycle 2026 RW-LC01 accepted"));
        assertThatThrownBy(() -> workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-cycle", "2026", "RW-LC01",
                answers("has_strategy", "yes"), 7)).isInstanceOf(SurveyStateException.class);

        long id = accepted.response().id();
        assertThat(audit.find(AuditQuery.all())).filteredOn(r -> r.entry().subject().equals("survey-response:" + id))
                .extracting(r -> r.entry().action()).containsExactly("survey-response.accepted",
                        "survey-response.submitted", "survey-response.saved", "survey-response.returned",
                        "survey-response.submitted", "survey-response.saved", "survey-response.saved");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        questionnaires.save(TestEditions.every("wf-stale", "2026", false), "editor@ipu.org");
        StoredResponse first = workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-stale", "2026", "RW-LC01",
                answers("has_strategy", "yes"), 0);
        workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-stale", "2026", "RW-LC01", answers("has_strategy", "no"), 1);
        // a second tab still at version 1
        assertThatThrownBy(() -> workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-stale", "2026", "RW-LC01",
                answers("has_strategy", "yes", "staff", "3"), first.response().version()))
                .isInstanceOfSatisfying(SurveyStateException.class, e -> {
                    assertThat(e.stale()).isTrue();
                    assertThat(e.getMessage()).contains("(version 1, now 2)");
                });
        // a second start of a response that exists
        assertThatThrownBy(() -> workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-stale", "2026", "RW-LC01",
                answers("has_strategy", "yes"), 0)).isInstanceOf(SurveyStateException.class);
        assertThat(workflow.response(CORRESPONDENT, "wf-stale", "2026", "RW-LC01").orElseThrow().response().answers()
                .values()).isEqualTo(Map.of("has_strategy", "no"));
        assertThatThrownBy(() -> workflow.submit(CORRESPONDENT, ORIGIN, first.response().id(), 1))
                .isInstanceOf(SurveyStateException.class);
    }

    @Test
    void aCorrespondentOfAnotherChamberIsRefused() {
        questionnaires.save(TestEditions.every("wf-other", "2026", false), "editor@ipu.org");
        StoredResponse rw = workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-other", "2026", "RW-LC01",
                answers("has_strategy", "no", "hosting", "premises"), 0);
        assertThatThrownBy(() -> workflow.save(OTHER, ORIGIN, "web", "wf-other", "2026", "RW-LC01",
                answers("has_strategy", "yes"), 1)).isInstanceOf(SurveyNotAllowedException.class);
        assertThatThrownBy(() -> workflow.submit(OTHER, ORIGIN, rw.response().id(), 1))
                .isInstanceOf(SurveyNotAllowedException.class);
        assertThatThrownBy(() -> workflow.response(OTHER, "wf-other", "2026", "RW-LC01"))
                .isInstanceOf(SurveyNotAllowedException.class);
        assertThatThrownBy(() -> workflow.get(OTHER, rw.response().id())).isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> workflow.queue(OTHER)).isInstanceOf(SurveyNotAllowedException.class);
        StoredResponse sent = workflow.submit(CORRESPONDENT, ORIGIN, rw.response().id(), 1);
        assertThatThrownBy(() -> workflow.accept(CORRESPONDENT, ORIGIN, sent.response().id(), 2, ""))
                .isInstanceOf(SurveyNotAllowedException.class);
        // a chamber that does not exist, an edition that does not exist
        assertThatThrownBy(() -> workflow.save(EDITOR, ORIGIN, "web", "wf-other", "2026", "XX-LC01",
                answers("has_strategy", "no"), 0)).isInstanceOf(SurveyNotFoundException.class);
        assertThatThrownBy(() -> workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-other", "1999", "RW-LC01",
                answers("has_strategy", "no"), 0)).isInstanceOf(SurveyNotFoundException.class);
    }

    @Test
    void onlyTheNewestEditionOfAQuestionnaireWithPrivateResponsesIsOpen() {
        questionnaires.save(TestEditions.every("wf-open", "2024", false), "editor@ipu.org");
        questionnaires.save(TestEditions.every("wf-open", "2026", false), "editor@ipu.org");
        questionnaires.save(TestEditions.every("wf-public", "2026", true), "editor@ipu.org");
        assertThat(workflow.openEditions()).extracting(e -> e.questionnaire() + "/" + e.edition())
                .contains("wf-open/2026").doesNotContain("wf-open/2024", "wf-public/2026");
        assertThatThrownBy(() -> workflow.save(CORRESPONDENT, ORIGIN, "web", "wf-open", "2024", "RW-LC01",
                answers("has_strategy", "no"), 0)).isInstanceOf(SurveyStateException.class)
                .hasMessageContaining("is not open to correspondents");
        // the previous edition's accepted answers of the same respondent
        responses.importAccepted("wf-open", "2024", List.of(new Responses.ImportedResponse(
                new org.plenum.assessment.Respondent("RW-LC01", Optional.of("RW-LC01"), Optional.of("RW"), "Rwanda", "",
                        Optional.empty(), Optional.empty(), false), answers("has_strategy", "no"))), "import:2024.csv",
                "editor@ipu.org");
        assertThat(workflow.previous(workflow.edition("wf-open", "2026"), "RW-LC01")).hasValueSatisfying(r ->
                assertThat(r.edition()).isEqualTo("2024"));
        assertThat(workflow.previous(workflow.edition("wf-open", "2024"), "RW-LC01")).isEmpty();
    }
}
