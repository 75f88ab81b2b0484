package org.plenum.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.plenum.accounts.Actor;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.responses.ResponsesImport;
import org.plenum.exchange.xlsform.XlsFormImport;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The editors' upload pages (decision 0059): {@code /review/surveys/import} with two forms (multipart, CSRF): an
 * XLSForm workbook becomes a questionnaire's edition; a file of responses (CSV or XLSX, one row per chamber) is
 * imported into an edition. A refused file shows every problem (sheet, row, column and why) with status 422 and
 * nothing written; a success redirects back with what was done.
 */
@PageController
class SurveyImportPageController {

    static final String PATH = "/review/surveys/import";

    private final XlsFormImport xlsForms;
    private final ResponsesImport responseFiles;
    private final Questionnaires questionnaires;

    SurveyImportPageController(XlsFormImport xlsForms, ResponsesImport responseFiles, Questionnaires questionnaires) {
        this.xlsForms = xlsForms;
        this.responseFiles = responseFiles;
        this.questionnaires = questionnaires;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "") String imported, @RequestParam(defaultValue = "") String responses,
                @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        SurveyImportPage.Outcome outcome = SurveyImportPage.Outcome.NONE;
        if (!imported.isEmpty()) {
            outcome = new SurveyImportPage.Outcome("xlsform", page.t("exchange.surveyImport.xlsform.done", imported), List.of(),
                    "/surveys/" + imported);
        } else if (!responses.isEmpty()) {
            outcome = new SurveyImportPage.Outcome("responses", page.t("exchange.surveyImport.responses.done", responses), List.of(), "");
        }
        return render(model, page, csrf, outcome, "");
    }

    @PostMapping(PATH + "/xlsform")
    String xlsform(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
                   @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            return render(model, page, csrf, SurveyImportPage.Outcome.error("xlsform", page.t("exchange.surveyImport.noFile")), "");
        }
        try {
            XlsFormImport.Result result = xlsForms.run(upload(file), actor.auditName());
            Edition edition = result.edition();
            return seeOther(PATH + "?imported=" + edition.questionnaire() + "/" + edition.edition());
        } catch (AssessmentException e) {
            response.setStatus(422);
            return render(model, page, csrf, new SurveyImportPage.Outcome("xlsform", page.t("exchange.surveyImport.refused",
                    e.problems().size()), e.problems(), ""), "");
        } catch (UnusableFileException e) {
            response.setStatus(422);
            return render(model, page, csrf, new SurveyImportPage.Outcome("xlsform", page.t("exchange.surveyImport.refused", 1),
                    List.of(e.getMessage()), ""), "");
        }
    }

    @PostMapping(PATH + "/responses")
    String responses(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String edition,
                     @RequestParam(required = false) MultipartFile file, @ModelAttribute("page") PageContext page,
                     CsrfToken csrf, HttpServletResponse response, Model model) {
        String[] key = edition.split("/", 2);
        if (key.length != 2) {
            response.setStatus(422);
            return render(model, page, csrf, SurveyImportPage.Outcome.error("responses", page.t("exchange.surveyImport.noEdition")), edition);
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            return render(model, page, csrf, SurveyImportPage.Outcome.error("responses", page.t("exchange.surveyImport.noFile")), edition);
        }
        try {
            ResponsesImport.Result result = responseFiles.run(key[0], key[1], upload(file), actor.auditName());
            return seeOther(PATH + "?responses=" + result.rows() + "+" + result.changed());
        } catch (AssessmentException e) {
            response.setStatus(422);
            return render(model, page, csrf, new SurveyImportPage.Outcome("responses", page.t("exchange.surveyImport.refused",
                    e.problems().size()), e.problems(), ""), edition);
        } catch (UnusableFileException e) {
            response.setStatus(422);
            return render(model, page, csrf, new SurveyImportPage.Outcome("responses", page.t("exchange.surveyImport.refused", 1),
                    List.of(e.getMessage()), ""), edition);
        }
    }

    private String render(Model model, PageContext page, CsrfToken csrf, SurveyImportPage.Outcome outcome, String selected) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("editions", questionnaires.editions().stream()
                .map(e -> new SurveyImportPage.EditionOption(e.questionnaire() + "/" + e.edition(), e.title().in(page.lang()) + " ("
                        + e.edition() + ")", (e.questionnaire() + "/" + e.edition()).equals(selected))).toList());
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "exchange/survey-import";
    }

    private static InputFile upload(MultipartFile file) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : java.nio.file.Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
        try {
            return new InputFile(name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seeOther(String path) {
        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes().setAttribute(
                org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE,
                org.springframework.http.HttpStatus.SEE_OTHER,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return "redirect:" + path;
    }
}
