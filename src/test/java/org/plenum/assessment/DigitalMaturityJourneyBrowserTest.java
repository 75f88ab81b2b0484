package org.plenum.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.assessment.Responses.ImportedResponse;
import org.plenum.assessment.demo.SyntheticEParliamentSet;
import org.plenum.assessment.workflow.ChamberRespondents;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 13's whole path in a browser, on the bundled e-Parliament questionnaire and Digital Maturity Index: an editor
 * takes the questionnaire as an XLSForm workbook, makes it a new edition (the questions reused by name) and uploads
 * it; Malta's correspondent answers every question in the form (the answers of the method's worked example,
 * {@code synthetic-018}), saves, comes back and submits; the editor accepts; the index scores Malta's response exactly
 * as the method's worked example computes it (5.5491: 5.5, "Developing"), the score page explains every indicator, the
 * what-if moves the score without saving anything.
 */
class DigitalMaturityJourneyBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    Responses responses;
    @Autowired
    Scoring scoring;
    @Autowired
    ChamberRespondents chambers;

    @Test
    void aNewEditionIsUploadedAnsweredReviewedAndScoredWithItsExplanation() throws Exception {
        // A new edition for each run: the website's tests share one data directory.
        String edition = "2026-" + System.currentTimeMillis();
        Actor editor = TestAccounts.account(context, "journey-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        Actor correspondent = TestAccounts.account(context, "journey-clerk@parlament.mt", Role.CORRESPONDENT,
                Set.of("MT"), Set.of());
        String chamber = chambers.chambersOf(correspondent).get(0);

        // The editor authors the new edition in XLSForm: the 2024 workbook with another version, uploaded.
        Path workbook = newEdition(edition);
        TestAccounts.signIn(context, editor).enter(browser, url(""));
        visit("/review/surveys/import?lang=en", "import");
        find("#xlsform-file").sendKeys(workbook.toString());
        clickAndLoad("form[action='/review/surveys/import/xlsform'] button[type=submit]");
        checkPage("imported");
        Edition uploaded = questionnaires.edition("eparliament", edition).orElseThrow();
        assertThat(uploaded.questions().map(Question::name).toList()).isEqualTo(
                questionnaires.edition("eparliament", "2024").orElseThrow().questions().map(Question::name).toList());

        // Malta's correspondent answers every question in the browser: half, save, come back, the rest, submit.
        Answers answers = workedExample().answers();
        TestAccounts.signIn(context, correspondent).enter(browser, url(""));
        visit("/my/surveys", "my-surveys");
        String form = "/my/surveys/eparliament/" + edition + "/" + chamber;
        clickAndLoad("a[href='" + form + "']");
        List<Question> questions = uploaded.questions().toList();
        int half = questions.size() / 2;
        questions.subList(0, half).forEach(q -> answer(q, answers));
        clickAndLoad("button[value='save']");
        checkPage("saved");
        assertThat(find("main").getText()).contains("Saved.");
        browser.get(url(form));
        questions.subList(half, questions.size()).forEach(q -> answer(q, answers));
        clickAndLoad("button[value='submit']");
        checkPage("submitted");
        assertThat(find("main").getText()).contains("Submitted.");
        assertThat(responses.find("eparliament", edition, chamber).orElseThrow().answers()).isEqualTo(answers);

        // The editor accepts.
        TestAccounts.signIn(context, editor).enter(browser, url(""));
        visit("/review/surveys", "queue");
        WebElement row = browser.findElements(By.cssSelector("main tr")).stream()
                .filter(tr -> tr.getText().contains(edition)).findFirst().orElseThrow();
        clickAndLoad(row.findElement(By.cssSelector("a")));
        checkPage("review");
        clickAndLoad("button[value='accept']");
        assertThat(find("main").getText()).contains("Accepted");

        // Scored as the method's worked example: the same answers, the same score, on the ranking and the score page.
        Framework dmi = scoring.framework("dmi").orElseThrow();
        ScoreCard card = scoring.ranking(dmi, edition).get(0).card();
        assertThat(card.respondent().chamber()).contains(chamber);
        assertThat(card.score().orElseThrow()).isCloseTo(5.5491, org.assertj.core.data.Offset.offset(0.00005));
        visit("/frameworks/dmi?edition=" + edition + "&lang=en", "ranking");
        assertThat(find("main table").getText()).contains("5.5", "Developing");
        visit("/frameworks/dmi/scores/" + chamber + "?edition=" + edition + "&lang=en", "score");
        String explained = find("main").getText();
        assertThat(explained).contains("5.5", "Developing", "Governance and strategy: 7.2", "Digital content and open data: 2.6");
        dmi.areas().forEach(area -> area.indicators().forEach(indicator ->
                assertThat(explained).contains(indicator.title().in("en"))));
        visit("/frameworks/dmi/scores/" + chamber + "?edition=" + edition + "&lang=fr", "score-fr");
        assertThat(find("main").getText()).contains("5,5");

        // What if the indicator that gave the fewest of its points had its best answer: the score moves as the
        // scoring computes it, nothing is saved.
        Rule.ChoicePoints weakest = dmi.areas().stream().flatMap(area -> area.indicators().stream())
                .map(Framework.Indicator::rule).filter(Rule.ChoicePoints.class::isInstance).map(Rule.ChoicePoints.class::cast)
                .filter(rule -> uploaded.questions().anyMatch(q -> q.name().equals(rule.question())
                        && (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.YES_NO)))
                .filter(rule -> answers.get(rule.question()).map(rule.points()::get).orElse(0.0) == 0.0)
                .findFirst().orElseThrow();
        String best = weakest.points().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        double whatIf = scoring.score(dmi, uploaded, card.respondent(),
                answers.with(java.util.Map.of(weakest.question(), best))).score().orElseThrow();
        assertThat(whatIf).isGreaterThan(card.score().orElseThrow());
        visit("/frameworks/dmi/scores/" + chamber + "/what-if?edition=" + edition + "&lang=en", "what-if");
        new org.openqa.selenium.support.ui.Select(find("#q-" + weakest.question())).selectByValue(best);
        clickAndLoad("#what-if-submit");
        checkPage("what-if-changed");
        assertThat(find("#what-if-result").getText()).contains(String.format(java.util.Locale.ROOT, "%.1f", whatIf));
        Response stored = responses.find("eparliament", edition, chamber).orElseThrow();
        assertThat(stored.state()).isEqualTo(ResponseState.ACCEPTED);
        assertThat(stored.answers()).isEqualTo(answers);
    }

    /** The method's worked example: the synthetic respondent whose score docs/assessment-method.md computes by hand. */
    static ImportedResponse workedExample() {
        return SyntheticEParliamentSet.generate().stream()
                .filter(r -> r.respondent().key().equals("synthetic-018")).findFirst().orElseThrow();
    }

    /** The 2024 workbook as the site serves it, with {@code edition} as its version. */
    Path newEdition(String edition) throws Exception {
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/surveys/eparliament/2024/xlsform.xlsx"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("eparliament-" + edition, ".xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()));
             OutputStream out = Files.newOutputStream(file)) {
            Sheet settings = book.getSheet("settings");
            Row header = settings.getRow(0);
            for (Cell cell : header) {
                if (cell.getStringCellValue().equals("version")) {
                    settings.getRow(1).getCell(cell.getColumnIndex()).setCellValue(edition);
                }
            }
            book.write(out);
        }
        return file;
    }

    /** Types or clicks the answer to {@code question} (and its matrix rows and "other" text) as a person would. */
    void answer(Question question, Answers answers) {
        String name = question.name();
        switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> answers.get(name).ifPresent(choice -> find("#a-" + name + "-" + choice).click());
            case MULTIPLE_CHOICE -> answers.selected(name).forEach(choice -> find("#a-" + name + "-" + choice).click());
            case MATRIX -> question.rows().forEach(row -> answers.get(row.name()).ifPresent(choice -> browser.findElement(
                    By.cssSelector("input[name='a." + row.name() + "'][value='" + choice + "']")).click()));
            case DATE -> answers.get(name).ifPresent(date -> ((JavascriptExecutor) browser).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                    find("#a-" + name), date));
            case INTEGER, DECIMAL, TEXT -> answers.get(name).ifPresent(value -> {
                find("#a-" + name).clear();
                find("#a-" + name).sendKeys(value);
            });
            case NOTE -> {
            }
        }
        if (question.otherSpecify()) {
            answers.get(question.otherName()).ifPresent(text -> find("#a-" + question.otherName()).sendKeys(text));
        }
    }
}
