package org.plenum.exchange.responses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Responses;
import org.plenum.assessment.Responses.ImportedResponse;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.springframework.stereotype.Component;

/**
 * Imports a file of responses to an edition ({@code plenum import responses}, the editors' upload page; decision
 * 0059): one row per chamber, a {@code chamber} column with Plenum's chamber code, then one column per question (its
 * name; a matrix row by its own name; the "other" text under {@code <name>_other}) holding the answer in ODK's
 * encoding. Every rejected cell is named by row and column with the reason, all of them; then the whole set goes
 * through {@link Responses#importAccepted} (checked again, written all or nothing; the same file again changes
 * nothing).
 */
@Component
@ImportFormat(name = ResponsesImport.FORMAT, arguments = "<file.csv|file.xlsx>",
        options = {"questionnaire=eparliament", "edition=2024"},
        description = "responses to a questionnaire's edition: a chamber column (chamber code), then one column per"
                + " question name, answers in ODK's encoding")
public class ResponsesImport {

    public static final String FORMAT = "responses";
    static final String CHAMBER = "chamber";

    private final Questionnaires questionnaires;
    private final Responses responses;
    private final PublishedRegistry registry;

    ResponsesImport(Questionnaires questionnaires, Responses responses, PublishedRegistry registry) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.registry = registry;
    }

    /** What an import did. */
    public record Result(String questionnaire, String edition, String file, int rows, int changed) {
        public String render() {
            return file + ": " + rows + " responses to " + questionnaire + " " + edition + ", " + changed
                    + " added or changed, " + (rows - changed) + " unchanged\n";
        }
    }

    /**
     * @throws AssessmentException naming every rejected cell (nothing is written then), or an unknown edition
     */
    public Result run(String questionnaire, String edition, InputFile file, String actor) {
        Edition form = questionnaires.edition(questionnaire, edition).orElseThrow(() -> new AssessmentException(
                "Questionnaire " + questionnaire + " has no edition " + edition + " (import its XLSForm first)"));
        ResponseFile table = ResponseFile.read(file);
        List<ImportedResponse> set = read(form, table);
        int changed = responses.importAccepted(questionnaire, edition, set, "import:" + file.name(), actor);
        return new Result(questionnaire, edition, file.name(), set.size(), changed);
    }

    private List<ImportedResponse> read(Edition form, ResponseFile table) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> columns = table.columns();
        Set<String> answerable = answerable(form);
        Integer chamberColumn = columns.get(CHAMBER);
        if (chamberColumn == null) {
            problems.add(table.name() + ", row 1: no column '" + CHAMBER + "' (the chamber's code, e.g. ES-LC01)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < table.header().size(); c++) {
            String name = table.header().get(c);
            if (name.isEmpty()) {
                problems.add(where(table, 1, c, "") + "a column without a name");
            } else if (!seen.add(name)) {
                problems.add(where(table, 1, c, name) + "the column is there twice");
            } else if (!name.equals(CHAMBER) && !answerable.contains(name)) {
                problems.add(where(table, 1, c, name) + "no question of " + form.questionnaire() + " "
                        + form.edition() + " is named '" + name + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw refused(table, problems);
        }
        List<ImportedResponse> set = new ArrayList<>();
        Map<String, Integer> rowOfChamber = new HashMap<>();
        for (ResponseFile.Line line : table.rows()) {
            String chamber = line.cell(chamberColumn);
            if (chamber.isEmpty()) {
                problems.add(where(table, line.number(), chamberColumn, CHAMBER) + "no chamber code");
                continue;
            }
            if (registry.current().get(EntityRef.chamber(chamber)).isEmpty()) {
                problems.add(where(table, line.number(), chamberColumn, CHAMBER) + "'" + chamber
                        + "' is not a chamber of the registry");
                continue;
            }
            Integer first = rowOfChamber.putIfAbsent(chamber, line.number());
            if (first != null) {
                problems.add(where(table, line.number(), chamberColumn, CHAMBER) + "a second row for " + chamber
                        + " (first in row " + first + ")");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((name, column) -> {
                if (!name.equals(CHAMBER)) {
                    values.put(name, line.cell(column));
                }
            });
            Answers answers = new Answers(values);
            for (AnswerProblem problem : questionnaires.check(form, answers, false)) {
                Integer column = columns.get(problem.question());
                problems.add(where(table, line.number(), column == null ? -1 : column, problem.question())
                        + problem.message().in("en") + " (" + problem.code() + ")");
            }
            set.add(new ImportedResponse(new Respondent(chamber, Optional.of(chamber),
                    Optional.of(EntityRef.countryOf(chamber)), chamber, "",
                    Optional.empty(), Optional.empty(), false), answers));
        }
        if (!problems.isEmpty()) {
            throw refused(table, problems);
        }
        return set;
    }

    /** The names a column may have: questions, matrix rows, the "other" texts. */
    static Set<String> answerable(Edition form) {
        Set<String> names = new LinkedHashSet<>();
        form.questions().forEach(q -> {
            if (q.type() == QuestionType.MATRIX) {
                q.rows().forEach(row -> names.add(row.name()));
            } else if (q.type() != QuestionType.NOTE) {
                names.add(q.name());
                if (q.otherSpecify()) {
                    names.add(q.otherName());
                }
            }
        });
        return names;
    }

    private static AssessmentException refused(ResponseFile table, List<String> problems) {
        return new AssessmentException(table.name() + ": " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ", nothing imported: "
                + String.join("; ", problems), problems);
    }

    private static String where(ResponseFile table, int row, int column, String name) {
        StringBuilder where = new StringBuilder(table.name()).append(", row ").append(row);
        if (column >= 0) {
            where.append(", column ").append(CellReference.convertNumToColString(column));
            if (!name.isEmpty()) {
                where.append(" (").append(name).append(")");
            }
        } else if (!name.isEmpty()) {
            where.append(", ").append(name);
        }
        return where.append(": ").toString();
    }
}
