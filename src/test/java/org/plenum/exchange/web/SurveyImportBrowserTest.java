package org.plenum.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.plenum.exchange.xlsform.XlsFormSheets;
import org.plenum.exchange.xlsform.XlsFormWriter;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An editor uploads an XLSForm workbook (a synthetic questionnaire written by {@link XlsFormWriter}), finds it listed
 * at /surveys, downloads it back from the link there and reads the same edition; then uploads a broken workbook and
 * sees every one of its problems, by sheet, row and column. Screenshots and axe-core on each page.
 */
class SurveyImportBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    static final Edition EDITION = new Edition("browser-upload", "2026",
            Text.of("Parliamentary ICT survey (synthetic, browser test)", "Enquête TIC parlementaire (synthétique)"),
            Text.of("Made for the browser test.", "Fait pour le test du navigateur."), List.of("en", "fr"), false,
            List.of(new Section("ict", Text.of("ICT", "TIC"), Text.NONE, Optional.empty(), List.of(
                    new Question("has_strategy", QuestionType.YES_NO, Text.of("Has a digital strategy?",
                            "A une stratégie numérique ?"), Text.NONE, true, Optional.empty(), Optional.empty(),
                            Text.NONE, Optional.of("yes_no"), List.of(new Choice("yes", Text.of("Yes", "Oui")),
                            new Choice("no", Text.of("No", "Non"))), false, Optional.empty(), List.of()),
                    new Question("staff", QuestionType.INTEGER, Text.of("ICT staff", "Agents TIC"), Text.NONE, false,
                            Optional.of("${has_strategy} = 'yes'"), Optional.of(". >= 0"),
                            Text.of("Not negative", "Pas négatif"), Optional.empty(), List.of(), false,
                            Optional.empty(), List.of()),
                    new Question("levels", QuestionType.MATRIX, Text.of("Levels", "Niveaux"), Text.NONE, false,
                            Optional.empty(), Optional.empty(), Text.NONE, Optional.of("level"),
                            List.of(new Choice("none", Text.of("None", "Aucun")),
                                    new Choice("full", Text.of("Full", "Complet"))), false, Optional.empty(),
                            List.of(new MatrixRow("lv_web", Text.of("Website", "Site web"), true),
                                    new MatrixRow("lv_data", Text.of("Open data", "Données ouvertes"), false)))))));

    @Test
    void anEditorUploadsAWorkbookFindsItListedDownloadsItBackAndSeesEveryProblemOfABrokenOne() throws Exception {
        Path workbook = Files.createTempFile("browser-upload", ".xlsx");
        Files.write(workbook, XlsFormWriter.write(EDITION));
        Actor editor = TestAccounts.account(context, "survey-uploads@ipu.org", Role.EDITOR, Set.of(), Set.of());

        signIn(editor.username(), TestAccounts.PASSWORD);
        visit("/review/surveys/import", "survey-import");
        assertThat(find("h1").getText()).isEqualTo("Import questionnaires and responses");
        find("#xlsform-file").sendKeys(workbook.toString());
        clickAndLoad("form[action='/review/surveys/import/xlsform'] button");
        checkPage("survey-import-done");
        assertThat(browser.getCurrentUrl()).endsWith("/review/surveys/import?imported=browser-upload/2026");
        assertThat(find("[role=status]").getText()).contains("Questionnaire browser-upload/2026 imported.");

        visit("/surveys", "surveys-with-upload");
        WebElement section = find("section[aria-labelledby='q-browser-upload']");
        assertThat(section.getText()).contains("Parliamentary ICT survey (synthetic, browser test)", "2026");
        String href = section.findElement(By.partialLinkText("XLSForm")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(XlsFormReader.read(XlsFormSheets.workbook(new InputFile("back.xlsx", download.body()))))
                .isEqualTo(EDITION);

        Path broken = Files.createTempFile("broken", ".xlsx");
        Files.write(broken, brokenWorkbook());
        visit("/review/surveys/import", "survey-import-again");
        find("#xlsform-file").sendKeys(broken.toString());
        clickAndLoad("form[action='/review/surveys/import/xlsform'] button");
        checkPage("survey-import-refused");
        WebElement problems = find("#problems");
        assertThat(problems.getText()).contains("The file was refused: 4 problems.", "Nothing was written.");
        List<String> items = problems.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        String file = broken.getFileName().toString();
        assertThat(items).containsExactly(
                file + ", sheet survey, row 2, column type: unknown type 'geopoint': Plenum reads select_one LIST,"
                        + " select_one LIST or_other, select_multiple LIST, integer, decimal, date, text, note,"
                        + " begin_group, end_group",
                file + ", sheet survey, row 3, column type: no choice list named 'colours' in the choices sheet",
                file + ", sheet survey, row 4, column label: 'unlabelled' has no label in the default language (en)",
                file + ", sheet settings, row 2, column version: missing: Plenum needs form_id (the questionnaire's"
                        + " code) and version (the edition's code)");
        Files.deleteIfExists(workbook);
        Files.deleteIfExists(broken);
    }

    /** A workbook with four problems (synthetic). */
    private static byte[] brokenWorkbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows(book.createSheet("survey"), List.of(List.of("type", "name", "label"),
                    List.of("geopoint", "where", "Where is the parliament?"),
                    List.of("select_one colours", "colour", "Colour of the chamber"),
                    List.of("text", "unlabelled", "")));
            rows(book.createSheet("choices"), List.of(List.of("list_name", "name", "label")));
            rows(book.createSheet("settings"), List.of(List.of("form_title", "form_id"), List.of("Broken", "broken")));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void rows(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        visit("/login", "login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndLoad("form[action='/login'] button");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }
}
