package org.plenum.exchange.xlsform;

import java.nio.file.Files;
import java.nio.file.Path;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.springframework.stereotype.Component;

/**
 * Imports a questionnaire's edition from an XLSForm ({@code plenum import xlsform}, the editors' upload page): read
 * by {@link XlsFormReader} (every problem named by sheet, row and column), then saved with
 * {@link Questionnaires#save} in one transaction; importing the same form again changes nothing.
 */
@Component
@ImportFormat(name = XlsFormImport.FORMAT, arguments = "<form.xlsx|folder>", readsFiles = false,
        description = "a questionnaire's edition as an XLSForm (ODK/KoboToolbox): an .xlsx workbook, or a folder of"
                + " survey.csv, choices.csv, settings.csv")
public class XlsFormImport {

    public static final String FORMAT = "xlsform";

    private final Questionnaires questionnaires;

    XlsFormImport(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** What an import did: the edition read and whether anything changed. */
    public record Result(Edition edition, boolean changed) {
        public String render() {
            return "Questionnaire " + edition.questionnaire() + " edition " + edition.edition() + ": "
                    + edition.questions().count() + " questions in " + edition.sections().size() + " sections, "
                    + (changed ? "saved" : "unchanged (the same form was imported before)") + "\n";
        }
    }

    /**
     * Imports a workbook or a folder.
     *
     * @throws org.plenum.assessment.AssessmentException naming every problem (nothing is saved then)
     * @throws org.plenum.exchange.UnusableFileException when the file is no workbook or a CSV file is not UTF-8 CSV
     */
    public Result run(Path path, String actor) {
        if (!Files.exists(path)) {
            throw new org.plenum.exchange.UnusableFileException(path.toString(), "no such file or folder");
        }
        return save(XlsFormReader.read(XlsFormSheets.read(path)), actor);
    }

    /** Imports an uploaded workbook. */
    public Result run(InputFile workbook, String actor) {
        return save(XlsFormReader.read(XlsFormSheets.workbook(workbook)), actor);
    }

    private Result save(Edition edition, String actor) {
        return new Result(edition, questionnaires.save(edition, actor));
    }
}
