package org.plenum.exchange.web;

import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.exchange.xlsform.XlsFormWriter;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /surveys/{q}/{edition}/xlsform.xlsx}: a questionnaire's edition as an XLSForm workbook (decision 0057),
 * which ODK and KoboToolbox read and {@code plenum import xlsform} reads back to the same edition. The questions of
 * every questionnaire are public (its answers may not be).
 */
@PageController // errors as the site's HTML pages (a browser follows the link)
class XlsFormDownloadController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Questionnaires questionnaires;

    XlsFormDownloadController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/surveys/{questionnaire}/{edition}/xlsform.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String questionnaire, @PathVariable String edition) {
        Edition found = questionnaires.edition(questionnaire, edition).orElseThrow(() -> new PageNotFoundException(
                "questionnaire " + questionnaire + " edition " + edition));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(questionnaire + "-" + edition + ".xlsx").build().toString())
                .body(XlsFormWriter.write(found));
    }
}
