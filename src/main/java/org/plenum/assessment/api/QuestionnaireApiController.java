package org.plenum.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.assessment.internal.StoredResponse;
import org.plenum.assessment.workflow.ChamberRespondents;
import org.plenum.assessment.workflow.SurveyNotAllowedException;
import org.plenum.assessment.workflow.SurveyNotFoundException;
import org.plenum.assessment.workflow.SurveyRefusedException;
import org.plenum.assessment.workflow.SurveyStateException;
import org.plenum.assessment.workflow.SurveyWorkflow;
import org.plenum.web.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Questionnaires and their responses in the API (decisions 0050, 0052), as JSON:API documents: the editions with
 * every text in every language; the responses of questionnaires whose responses are public to anyone (accepted
 * ones), the others to editors and to the correspondents of the chambers they are about (a personal token:
 * {@code Authorization: Bearer …}); a correspondent's program saves (and submits) its chamber's response with a PUT.
 * Errors are JSON:API error objects; an answer's problem points at it ({@code source.pointer}).
 */
@RestController
@Tag(name = "Questionnaires", description = "Questionnaires (XLSForm model), their editions and responses")
class QuestionnaireApiController {

    private static final String BASE = "/api/v1/questionnaires";

    private final Questionnaires questionnaires;
    private final Responses responses;
    private final SurveyWorkflow workflow;
    private final ChamberRespondents chambers;

    QuestionnaireApiController(Questionnaires questionnaires, Responses responses, SurveyWorkflow workflow,
                               ChamberRespondents chambers) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.workflow = workflow;
        this.chambers = chambers;
    }

    @GetMapping(value = BASE, produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "The questionnaires and their editions", description = """
            Each questionnaire (e.g. eparliament) with its title and description in every language of its newest
            edition, and its editions, newest first: the edition's code, whether its responses are public, its number
            of accepted responses, and its addresses.""")
    ResponseEntity<Map<String, Object>> list() {
        Map<String, Long> counts = responses.counts(EnumSet.of(ResponseState.ACCEPTED));
        Map<String, List<Edition>> byQuestionnaire = new LinkedHashMap<>();
        questionnaires.editions().forEach(e -> byQuestionnaire.computeIfAbsent(e.questionnaire(), q -> new ArrayList<>()).add(e));
        List<Map<String, Object>> data = new ArrayList<>();
        byQuestionnaire.forEach((code, editions) -> {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("title", text(editions.get(0).title()));
            attributes.put("description", text(editions.get(0).description()));
            List<Map<String, Object>> list = new ArrayList<>();
            for (Edition e : editions) {
                Map<String, Object> edition = new LinkedHashMap<>();
                edition.put("edition", e.edition());
                edition.put("public_responses", e.publicResponses());
                edition.put("accepted_responses", counts.getOrDefault(e.questionnaire() + "/" + e.edition(), 0L));
                edition.put("links", Map.of("self", editionPath(e), "xlsform", "/surveys/" + e.questionnaire() + "/"
                        + e.edition() + "/xlsform.xlsx", "responses", editionPath(e) + "/responses"));
                list.add(edition);
            }
            attributes.put("editions", list);
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("type", "questionnaires");
            resource.put("id", code);
            resource.put("attributes", attributes);
            resource.put("links", Map.of("self", BASE + "/" + code));
            data.add(resource);
        });
        return ok(Map.of("data", data, "links", Map.of("self", BASE)));
    }

    @GetMapping(value = BASE + "/{questionnaire}/editions/{edition}", produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "One edition of a questionnaire: sections, questions, choices, skip logic, every text", description = """
            Texts are objects of language code to text ({"en": …, "fr": …}). Question types: single_choice,
            multiple_choice, integer, decimal, date, text, yes_no, matrix (rows answered under their own names), note.
            relevant and constraint are XLSForm expressions. Answers are written as ODK writes them (see the
            responses).""")
    ResponseEntity<Map<String, Object>> edition(@PathVariable String questionnaire, @PathVariable String edition) {
        Optional<Edition> found = questionnaires.edition(questionnaire, edition);
        if (found.isEmpty()) {
            return notFound("Questionnaire " + questionnaire + " has no edition " + edition + " (see " + BASE + ").");
        }
        return ok(Map.of("data", editionResource(found.get()), "links", Map.of("self", editionPath(found.get()))));
    }

    @GetMapping(value = BASE + "/{questionnaire}/editions/{edition}/responses", produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "The responses to an edition", description = """
            A questionnaire whose responses are public: its accepted responses, to anyone. Otherwise a personal token
            is needed: an editor gets every response in every state, a correspondent those of their chambers.""")
    ResponseEntity<Map<String, Object>> responses(@AuthenticationPrincipal Actor actor, @PathVariable String questionnaire,
                                                  @PathVariable String edition) {
        Optional<Edition> found = questionnaires.edition(questionnaire, edition);
        if (found.isEmpty()) {
            return notFound("Questionnaire " + questionnaire + " has no edition " + edition + " (see " + BASE + ").");
        }
        Edition e = found.get();
        List<Response> visible;
        if (actor != null && actor.mayReview()) {
            visible = responses.list(questionnaire, edition, EnumSet.allOf(ResponseState.class));
        } else if (actor != null) {
            visible = new ArrayList<>(responses.list(questionnaire, edition, EnumSet.allOf(ResponseState.class)).stream()
                    .filter(r -> r.respondent().chamber().filter(actor::maySubmitFor).isPresent()
                            || (e.publicResponses() && r.state() == ResponseState.ACCEPTED)).toList());
        } else if (e.publicResponses()) {
            visible = responses.list(questionnaire, edition, EnumSet.of(ResponseState.ACCEPTED));
        } else {
            return forbidden("The responses to " + questionnaire + " " + edition + " are not public: editors, and"
                    + " correspondents for their own chambers, see them with a personal API token.");
        }
        return ok(Map.of("data", visible.stream().map(this::responseResource).toList(),
                "meta", Map.of("count", visible.size()), "links", Map.of("self", editionPath(e) + "/responses")));
    }

    @GetMapping(value = BASE + "/{questionnaire}/editions/{edition}/responses/{key}", produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "One response, by its respondent's key (a chamber's code for correspondents' responses)")
    ResponseEntity<Map<String, Object>> response(@AuthenticationPrincipal Actor actor, @PathVariable String questionnaire,
                                                 @PathVariable String edition, @PathVariable String key) {
        Optional<Edition> found = questionnaires.edition(questionnaire, edition);
        if (found.isEmpty()) {
            return notFound("Questionnaire " + questionnaire + " has no edition " + edition + " (see " + BASE + ").");
        }
        Edition e = found.get();
        if (actor == null && !e.publicResponses()) {
            return forbidden("The responses to " + questionnaire + " " + edition + " are not public: editors, and"
                    + " correspondents for their own chambers, see them with a personal API token.");
        }
        Optional<Response> response = responses.find(questionnaire, edition, key).filter(r -> mayRead(actor, e, r));
        if (response.isEmpty()) {
            return notFound("There is no response of " + key + " to " + questionnaire + " " + edition
                    + " that you may read.");
        }
        return ok(Map.of("data", responseResource(response.get()), "links",
                Map.of("self", editionPath(e) + "/responses/" + key)));
    }

    @PutMapping(value = BASE + "/{questionnaire}/editions/{edition}/responses/{key}",
            produces = {JsonApi.MEDIA_TYPE, "application/json"})
    @Operation(summary = "Save your chamber's response as a draft, or submit it (personal API token)", description = """
            Body: {"data": {"type": "responses", "attributes": {"version": 0, "answers": {"has_strategy": "yes",
            "hosting": ["cloud", "premises"], "provider": "other", "provider_other": "…"}}}}. version is the
            response's version you based the answers on (0 for a new response): a response changed since is refused
            (409). The answers replace those saved before; several choices as a list or separated by spaces; numbers
            with a dot; dates YYYY-MM-DD. With ?submit=true the response is submitted for review, which needs every
            required answer. 422 with one error per problem, pointing at /data/attributes/answers/<question>; nothing
            is saved then.""")
    ResponseEntity<Map<String, Object>> save(@AuthenticationPrincipal Actor actor, @PathVariable String questionnaire,
                                             @PathVariable String edition,
                                             @Parameter(description = "the chamber's code, e.g. RW-LC01: a"
                                                     + " correspondent's response is keyed by its chamber")
                                             @PathVariable("key") String chamber,
                                             @Parameter(description = "true: submit for review after saving")
                                             @RequestParam(defaultValue = "false") boolean submit,
                                             @RequestBody(required = false) String body, HttpServletRequest request) {
        if (actor == null) {
            return JsonApi.error(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a personal API token: Authorization: Bearer <token> (made on your account page).", "");
        }
        if (!actor.maySubmitFor(chamber)) {
            return forbidden("You may not answer for " + chamber + ": it is not bound to your account.");
        }
        Optional<Edition> found = questionnaires.edition(questionnaire, edition);
        if (found.isEmpty()) {
            return notFound("Questionnaire " + questionnaire + " has no edition " + edition + " (see " + BASE + ").");
        }
        if (!chambers.exists(chamber)) {
            return notFound("There is no chamber " + chamber + ".");
        }
        JsonNode attributes;
        try {
            attributes = JsonApi.attributes(body, "{\"data\": {\"type\": \"responses\", \"attributes\": {\"version\": …, \"answers\": {…}}}}");
        } catch (JsonApi.Refused refused) {
            return refused.response();
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        JsonNode versionNode = attributes.path("version");
        if (!versionNode.isIntegralNumber()) {
            errors.add(JsonApi.error(422, "required", "Missing version", "Give the version of the response the answers are"
                    + " based on: 0 for a new response, else the \"version\" the API last returned.", "/data/attributes/version"));
        }
        JsonNode answersNode = attributes.path("answers");
        Map<String, String> answers = new LinkedHashMap<>();
        if (!answersNode.isObject()) {
            errors.add(JsonApi.error(422, "invalid_answers", "Invalid answers", "answers is an object of question name to"
                    + " answer.", "/data/attributes/answers"));
        } else {
            answersNode.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                    List<String> parts = new ArrayList<>();
                    value.forEach(v -> parts.add(v.asString("")));
                    answers.put(entry.getKey(), String.join(" ", parts));
                } else if (value.isString() || value.isNumber() || value.isBoolean() || value.isNull()) {
                    answers.put(entry.getKey(), value.isNull() ? "" : value.isBoolean() ? (value.asBoolean() ? "yes" : "no")
                            : value.asString());
                } else {
                    errors.add(JsonApi.error(422, "invalid_answer", "Invalid answer", "An answer is a text, a number or a"
                            + " list of choices.", "/data/attributes/answers/" + pointer(entry.getKey())));
                }
            });
        }
        if (!errors.isEmpty()) {
            return JsonApi.errors(HttpStatus.UNPROCESSABLE_ENTITY, errors);
        }
        Answers given = new Answers(answers);
        for (AnswerProblem problem : workflow.problems(found.get(), given, submit)) {
            errors.add(problemError(problem));
        }
        if (!errors.isEmpty()) {
            return JsonApi.errors(HttpStatus.UNPROCESSABLE_ENTITY, errors);
        }
        try {
            boolean created = workflow.response(actor, questionnaire, edition, chamber).isEmpty();
            StoredResponse saved = workflow.save(actor, request.getRemoteAddr(), "api", questionnaire, edition, chamber,
                    given, versionNode.asInt());
            if (submit) {
                saved = workflow.submit(actor, request.getRemoteAddr(), saved.response().id(), saved.response().version());
            }
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                    .header("Content-Type", JsonApi.MEDIA_TYPE).header("Cache-Control", "no-store")
                    .header("Location", editionPath(found.get()) + "/responses/" + chamber)
                    .body(Map.of("data", responseResource(saved.response())));
        } catch (SurveyNotAllowedException e) {
            return forbidden("You may not answer for " + chamber + ": it is not bound to your account.");
        } catch (SurveyNotFoundException e) {
            return notFound(e.getMessage());
        } catch (SurveyStateException e) {
            return JsonApi.error(HttpStatus.CONFLICT, e.stale() ? "stale_version" : "not_editable", e.stale()
                    ? "Changed since" : "Not editable", e.getMessage(), e.stale() ? "/data/attributes/version" : "");
        } catch (SurveyRefusedException e) {
            return JsonApi.errors(HttpStatus.UNPROCESSABLE_ENTITY, e.problems().stream().map(this::problemError).toList());
        }
    }

    // ---- documents

    private boolean mayRead(Actor actor, Edition edition, Response response) {
        if (actor != null && actor.mayReview()) {
            return true;
        }
        if (actor != null && response.respondent().chamber().filter(actor::maySubmitFor).isPresent()) {
            return true;
        }
        return edition.publicResponses() && response.state() == ResponseState.ACCEPTED;
    }

    private Map<String, Object> problemError(AnswerProblem problem) {
        return JsonApi.error(422, problem.code(), "Answer refused", problem.message().in("en"),
                "/data/attributes/answers/" + pointer(problem.question()));
    }

    private Map<String, Object> responseResource(Response r) {
        Respondent who = r.respondent();
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("key", who.key());
        respondent.put("chamber", who.chamber().orElse(null));
        respondent.put("country", who.country().orElse(null));
        respondent.put("label", who.label());
        respondent.put("organisation", who.organisation());
        respondent.put("region", who.region().orElse(null));
        respondent.put("income_group", who.incomeGroup().orElse(null));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("questionnaire", r.questionnaire());
        attributes.put("edition", r.edition());
        attributes.put("respondent", respondent);
        attributes.put("synthetic", who.synthetic());
        attributes.put("state", r.state().name().toLowerCase());
        attributes.put("version", r.version());
        attributes.put("source", r.source());
        attributes.put("updated_at", r.updatedAt().toString());
        attributes.put("answers", new java.util.TreeMap<>(r.answers().values()));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "responses");
        resource.put("id", r.questionnaire() + "/" + r.edition() + "/" + who.key());
        resource.put("attributes", attributes);
        resource.put("links", Map.of("self", BASE + "/" + r.questionnaire() + "/editions/" + r.edition() + "/responses/"
                + who.key()));
        return resource;
    }

    static Map<String, Object> editionResource(Edition e) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("questionnaire", e.questionnaire());
        attributes.put("edition", e.edition());
        attributes.put("title", text(e.title()));
        attributes.put("description", text(e.description()));
        attributes.put("languages", e.languages());
        attributes.put("public_responses", e.publicResponses());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : e.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("name", s.name());
            section.put("title", text(s.title()));
            section.put("hint", text(s.hint()));
            section.put("relevant", s.relevant().orElse(null));
            List<Map<String, Object>> questions = new ArrayList<>();
            for (Question q : s.questions()) {
                Map<String, Object> question = new LinkedHashMap<>();
                question.put("name", q.name());
                question.put("type", q.type().name().toLowerCase());
                question.put("label", text(q.label()));
                question.put("hint", text(q.hint()));
                question.put("required", q.required());
                question.put("relevant", q.relevant().orElse(null));
                question.put("constraint", q.constraint().orElse(null));
                question.put("constraint_message", text(q.constraintMessage()));
                question.put("list_name", q.listName().orElse(null));
                List<Map<String, Object>> choices = new ArrayList<>();
                for (Choice c : q.choices()) {
                    choices.add(Map.of("name", c.name(), "label", text(c.label())));
                }
                question.put("choices", choices);
                question.put("other_specify", q.otherSpecify());
                question.put("choice_filter", q.choiceFilter().orElse(null));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (MatrixRow row : q.rows()) {
                    rows.add(Map.of("name", row.name(), "label", text(row.label()), "required", row.required()));
                }
                question.put("rows", rows);
                questions.add(question);
            }
            section.put("questions", questions);
            sections.add(section);
        }
        attributes.put("sections", sections);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "questionnaire-editions");
        resource.put("id", e.questionnaire() + "/" + e.edition());
        resource.put("attributes", attributes);
        resource.put("links", Map.of("self", editionPath(e), "responses", editionPath(e) + "/responses",
                "xlsform", "/surveys/" + e.questionnaire() + "/" + e.edition() + "/xlsform.xlsx",
                "html", "/surveys/" + e.questionnaire() + "/" + e.edition()));
        return resource;
    }

    private static Map<String, String> text(Text text) {
        return new java.util.TreeMap<>(text.byLanguage());
    }

    private static String editionPath(Edition e) {
        return BASE + "/" + e.questionnaire() + "/editions/" + e.edition();
    }

    /** A JSON pointer's reference token (RFC 6901: ~ as ~0, / as ~1). */
    private static String pointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static ResponseEntity<Map<String, Object>> ok(Map<String, Object> document) {
        return ResponseEntity.ok().header("Content-Type", JsonApi.MEDIA_TYPE).header("Cache-Control", "no-store")
                .body(document);
    }

    private static ResponseEntity<Map<String, Object>> notFound(String detail) {
        return JsonApi.error(HttpStatus.NOT_FOUND, "not_found", "Not found", detail, "");
    }

    private static ResponseEntity<Map<String, Object>> forbidden(String detail) {
        return JsonApi.error(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail, "");
    }
}
