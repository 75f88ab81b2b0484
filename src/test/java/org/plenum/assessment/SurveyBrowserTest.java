package org.plenum.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.assessment.workflow.ChamberRespondents;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The correspondents' and editors' workflow in a browser (decision 0052): an editor has an edition (built here: a
 * synthetic questionnaire with a matrix, an "other, please specify" and skip logic on a question and a section);
 * Estonia's correspondent signs in, fills part of the form, sees a question appear as they answer (the static
 * script), saves, gets a validation message next to a question, comes back later and sees the progress, completes
 * and submits; the editor accepts; the API shows the response to whom it may. Screenshots in English and French and
 * at a phone's width; axe-core on every page.
 */
class SurveyBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    ChamberRespondents chambers;

    static Question q(String name, QuestionType type, String en, String fr, boolean required, String relevant,
                      String constraint, Text constraintMessage, List<Choice> choices, boolean other, List<MatrixRow> rows) {
        return new Question(name, type, Text.of(en, fr), Text.NONE, required, Optional.ofNullable(relevant),
                Optional.ofNullable(constraint), constraintMessage, choices.isEmpty() ? Optional.empty()
                : Optional.of(name + "_list"), choices, other, Optional.empty(), rows);
    }

    static Edition edition(String code) {
        List<Choice> levels = List.of(new Choice("none", Text.of("Not online", "Pas en ligne")),
                new Choice("partly", Text.of("Partly", "En partie")), new Choice("fully", Text.of("Fully", "Entièrement")));
        return new Edition(code, "2026", Text.of("Digital readiness (test questionnaire)",
                "Préparation numérique (questionnaire de test)"),
                Text.of("A synthetic questionnaire built by the browser test.",
                        "Un questionnaire synthétique construit par le test du navigateur."), List.of("en", "fr"), false,
                List.of(new Section("strategy", Text.of("Strategy", "Stratégie"), Text.NONE, Optional.empty(), List.of(
                                new Question("intro", QuestionType.NOTE, Text.of("Answer for your chamber as it is today.",
                                        "Répondez pour votre chambre telle qu’elle est aujourd’hui."), Text.NONE, false,
                                        Optional.empty(), Optional.empty(), Text.NONE, Optional.empty(), List.of(), false,
                                        Optional.empty(), List.of()),
                                q("has_strategy", QuestionType.YES_NO, "Does the parliament have a digital strategy?",
                                        "Le parlement a-t-il une stratégie numérique ?", true, null, null, Text.NONE,
                                        List.of(), false, List.of()),
                                q("strategy_year", QuestionType.INTEGER, "In which year was it adopted?",
                                        "En quelle année a-t-elle été adoptée ?", true, "${has_strategy} = 'yes'",
                                        ". >= 1990 and . <= 2030", Text.of("Give a year between 1990 and 2030.",
                                                "Indiquez une année entre 1990 et 2030."), List.of(), false, List.of()),
                                q("ict_staff", QuestionType.INTEGER, "How many people work in the ICT unit?",
                                        "Combien de personnes travaillent dans le service informatique ?", true, null,
                                        ". >= 0", Text.of("Give a number of people, 0 or more.",
                                                "Indiquez un nombre de personnes, 0 ou plus."), List.of(), false, List.of()))),
                        new Section("services", Text.of("Digital services", "Services numériques"), Text.NONE,
                                Optional.empty(), List.of(
                                q("hosting", QuestionType.MULTIPLE_CHOICE, "Where are the systems hosted?",
                                        "Où les systèmes sont-ils hébergés ?", true, null, null, Text.NONE, List.of(
                                                new Choice("premises", Text.of("On the premises", "Dans les locaux")),
                                                new Choice("cloud", Text.of("In a cloud", "Dans un nuage"))), false, List.of()),
                                q("platform", QuestionType.SINGLE_CHOICE, "Which platform publishes the bills?",
                                        "Quelle plateforme publie les projets de loi ?", true, null, null, Text.NONE, List.of(
                                                new Choice("own", Text.of("Our own", "La nôtre")),
                                                new Choice("vendor", Text.of("A vendor’s product", "Le produit d’un fournisseur"))),
                                        true, List.of()),
                                q("online", QuestionType.MATRIX, "What is published online?", "Qu’est-ce qui est publié en ligne ?",
                                        false, null, null, Text.NONE, levels, false, List.of(
                                                new MatrixRow("online_bills", Text.of("Bills", "Projets de loi"), true),
                                                new MatrixRow("online_votes", Text.of("Votes", "Votes"), true),
                                                new MatrixRow("online_video", Text.of("Video of sittings", "Vidéo des séances"), false))))),
                        new Section("cloud", Text.of("Cloud", "Nuage"), Text.NONE, Optional.of("selected(${hosting}, 'cloud')"),
                                List.of(q("cloud_provider", QuestionType.TEXT, "Who provides the cloud?",
                                        "Qui fournit le nuage ?", false, null, null, Text.NONE, List.of(), false, List.of())))));
    }

    @Test
    void aCorrespondentAnswersAndAnEditorAccepts() throws Exception {
        String code = "browser-" + System.currentTimeMillis();
        Actor editor = TestAccounts.account(context, "survey-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        Actor correspondent = TestAccounts.account(context, "survey-clerk@riigikogu.ee", Role.CORRESPONDENT, Set.of("EE"),
                Set.of());
        Actor other = TestAccounts.account(context, "survey-clerk@assemblee-nationale.fr", Role.CORRESPONDENT,
                Set.of("FR"), Set.of());
        questionnaires.save(edition(code), editor.username());
        String chamber = chambers.chambersOf(correspondent).get(0);
        String form = "/my/surveys/" + code + "/2026/" + chamber;

        signIn(correspondent.username());
        visit("/my/surveys", "my-surveys");
        assertThat(find("main").getText()).contains("Digital readiness (test questionnaire)", "Not started");
        clickAndLoad("a[href='" + form + "']");
        checkPage("form-empty");
        assertThat(find("#progress").getText()).contains("0 of 6 required answers");
        // skip logic, live: the year is asked only once there is a strategy; the cloud section only with a cloud
        assertThat(find("#q-strategy_year").isDisplayed()).isFalse();
        assertThat(find("#s-cloud").isDisplayed()).isFalse();
        find("#a-has_strategy-yes").click();
        assertThat(find("#q-strategy_year").isDisplayed()).isTrue();
        find("#a-strategy_year").sendKeys("1850");
        find("#a-hosting-premises").click();
        assertThat(find("#s-cloud").isDisplayed()).isFalse();
        clickAndLoad("button[value='save']");
        checkPage("form-saved");
        assertThat(find("main").getText()).contains("Saved.");
        assertThat(find("#q-strategy_year .messages").getText()).contains("Give a year between 1990 and 2030.");
        assertThat(find("#a-strategy_year").getAttribute("aria-invalid")).isEqualTo("true");
        // the year is now asked and required: 3 of 7
        assertThat(find("#progress").getText()).contains("3 of 7 required answers");

        // later: the list shows the draft and its progress; the form has the answers saved
        visit("/my/surveys", "my-surveys-draft");
        assertThat(find("main").getText()).contains("Draft", "3 of 7 required answers");
        clickAndLoad("a[href='" + form + "']");
        assertThat(find("#a-has_strategy-yes").isSelected()).isTrue();
        assertThat(find("#a-strategy_year").getAttribute("value")).isEqualTo("1850");
        find("#a-strategy_year").clear();
        find("#a-strategy_year").sendKeys("2019");
        find("#a-ict_staff").sendKeys("14");
        find("#a-hosting-cloud").click();
        assertThat(find("#s-cloud").isDisplayed()).isTrue();
        find("#a-cloud_provider").sendKeys("Riigipilv, the Estonian government cloud");
        find("#a-platform-other").click();
        find("#a-platform_other").sendKeys("Riigi Teataja");
        browser.findElement(By.cssSelector("input[name='a.online_bills'][value='fully']")).click();
        // submitted without the votes row of the matrix: refused, the draft kept, the message at the row
        clickAndLoad("button[value='submit']");
        checkPage("form-refused");
        assertThat(find("#problems").getText()).contains("What is published online? — Votes");
        assertThat(find("#q-online_votes").getText()).contains("This question needs an answer.");
        browser.findElement(By.cssSelector("input[name='a.online_votes'][value='partly']")).click();
        clickAndLoad("button[value='submit']");
        checkPage("submitted");
        assertThat(find("main").getText()).contains("Submitted.", "Riigi Teataja", "Fully", "Partly",
                "Riigipilv, the Estonian government cloud");
        assertThat(browser.findElements(By.cssSelector("form.survey"))).isEmpty();
        visit(form + "?lang=fr", "submitted-fr");
        assertThat(find("main").getText()).contains("Soumise", "Entièrement", "En partie");
        visitAtPhoneWidth(form + "?lang=en", "submitted");

        // the private questionnaire's responses: not public; the other correspondent does not see this one
        String responses = "/api/v1/questionnaires/" + code + "/editions/2026/responses";
        assertThat(get(responses).statusCode()).isEqualTo(403);
        String otherToken = TestAccounts.token(context, other, "survey test");
        assertThat(get(responses, "Authorization", "Bearer " + otherToken).body()).contains("\"data\":[]");
        assertThat(get(responses + "/" + chamber, "Authorization", "Bearer " + otherToken).statusCode()).isEqualTo(404);
        String ownToken = TestAccounts.token(context, correspondent, "survey test");
        assertThat(get(responses + "/" + chamber, "Authorization", "Bearer " + ownToken).body())
                .contains("\"state\":\"submitted\"", "\"platform_other\":\"Riigi Teataja\"");

        // the editor accepts
        signIn(editor.username());
        visit("/review/surveys", "review-queue");
        String id = browser.findElements(By.cssSelector("main a[href^='/review/surveys/']")).stream()
                .filter(a -> a.getText().startsWith("Response ")).map(a -> a.getAttribute("href"))
                .reduce((first, second) -> second).orElseThrow();
        browser.get(id);
        checkPage("review");
        assertThat(find("main").getText()).contains("The checks find no problem in these answers.", "Riigi Teataja");
        clickAndLoad("button[value='accept']");
        checkPage("accepted");
        assertThat(find("main").getText()).contains("Accepted");
        visit(id.substring(id.indexOf("/review/")) + "?lang=fr", "accepted-fr");

        String editorToken = TestAccounts.token(context, editor, "survey test");
        assertThat(get(responses, "Authorization", "Bearer " + editorToken).body()).contains("\"state\":\"accepted\"",
                "\"key\":\"" + chamber + "\"");
        assertThat(get(responses).statusCode()).isEqualTo(403);

        // the public pages: the questionnaire and its questions in both languages, skip logic in words
        visit("/surveys?lang=en", "surveys");
        assertThat(find("main").getText()).contains("Digital readiness (test questionnaire)");
        visit("/surveys/" + code + "/2026", "edition");
        assertThat(find("main").getText()).contains("Asked when “Does the parliament have a digital strategy?” is “Yes”.",
                "Asked when “In a cloud” is chosen in “Where are the systems hosted?”.");
        visit("/surveys/" + code + "/2026?lang=fr", "edition-fr");
        assertThat(find("main").getText()).contains("Posée si « Le parlement a-t-il une stratégie numérique ? » vaut « Oui ».");
        visitAtPhoneWidth("/surveys/" + code + "/2026?lang=en", "edition");
        assertThat(get("/surveys/" + code + "/2026/responses").statusCode()).isEqualTo(404);
    }

    @Test
    void theFormAtAPhonesWidthAndInFrench() {
        String code = "browser-phone-" + System.currentTimeMillis();
        Actor editor = TestAccounts.account(context, "survey-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        Actor correspondent = TestAccounts.account(context, "survey-clerk@riigikogu.ee", Role.CORRESPONDENT, Set.of("EE"),
                Set.of());
        questionnaires.save(edition(code), editor.username());
        String chamber = chambers.chambersOf(correspondent).get(0);
        signIn(correspondent.username());
        visit("/my/surveys/" + code + "/2026/" + chamber + "?lang=fr", "form-fr");
        assertThat(find("#progress").getText()).contains("0 réponses obligatoires sur 6");
        assertThat(find("main").getText()).contains("Le parlement a-t-il une stratégie numérique ?", "Autre");
        // the "please specify" field is there, hidden by the script until "Other" is chosen
        assertThat(find("label[for='a-platform_other']").getAttribute("textContent")).isEqualTo("Autre, veuillez préciser");
        assertThat(find("#a-platform_other").isDisplayed()).isFalse();
        find("#a-platform-other").click();
        assertThat(find("#a-platform_other").isDisplayed()).isTrue();
        visitAtPhoneWidth("/my/surveys/" + code + "/2026/" + chamber + "?lang=en", "form");
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        visit("/login", "login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(TestAccounts.PASSWORD);
        clickAndLoad("form[action='/login'] button");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    static HttpResponse<String> put(String url, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                "Bearer " + token).header("Content-Type", "application/vnd.api+json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
