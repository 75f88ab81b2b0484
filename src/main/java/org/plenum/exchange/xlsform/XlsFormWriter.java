package org.plenum.exchange.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;

/**
 * Writes an {@link Edition} as an XLSForm workbook ({@code .xlsx}: sheets {@code survey}, {@code choices},
 * {@code settings}) that ODK and KoboToolbox read and that {@link XlsFormReader} reads back to an equal edition.
 * Texts are written in every language of the edition as {@code label::Français (fr)}; the section {@code main}
 * without title is written as questions outside any group; a matrix as a {@code table-list} group.
 */
public final class XlsFormWriter {

    private XlsFormWriter() {
    }

    public static byte[] write(Edition edition) {
        List<String> languages = languages(edition);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            survey(workbook.createSheet("survey"), edition, languages, bold);
            choices(workbook.createSheet("choices"), edition, languages, bold);
            settings(workbook.createSheet("settings"), edition, languages, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edition's languages, default first, then any other language one of its texts is written in. */
    static List<String> languages(Edition edition) {
        Set<String> languages = new LinkedHashSet<>(edition.languages());
        if (languages.isEmpty()) {
            languages.add("en");
        }
        texts(edition).forEach(text -> languages.addAll(text.byLanguage().keySet()));
        return List.copyOf(languages);
    }

    private static Stream<Text> texts(Edition edition) {
        Stream<Text> own = Stream.of(edition.title(), edition.description());
        Stream<Text> sections = edition.sections().stream().flatMap(s -> Stream.concat(Stream.of(s.title(), s.hint()),
                s.questions().stream().flatMap(q -> Stream.concat(
                        Stream.of(q.label(), q.hint(), q.constraintMessage()),
                        Stream.concat(q.choices().stream().map(Choice::label), q.rows().stream().map(MatrixRow::label))))));
        return Stream.concat(own, sections);
    }

    private static void survey(Sheet sheet, Edition edition, List<String> languages, CellStyle bold) {
        List<String> header = new ArrayList<>(List.of("type", "name"));
        languages.forEach(l -> header.add("label::" + LanguageColumns.name(l)));
        languages.forEach(l -> header.add("hint::" + LanguageColumns.name(l)));
        header.addAll(List.of("required", "relevant", "constraint"));
        languages.forEach(l -> header.add("constraint_message::" + LanguageColumns.name(l)));
        header.addAll(List.of("appearance", "choice_filter"));
        Rows rows = new Rows(sheet, header, bold);
        for (Section section : edition.sections()) {
            boolean group = !(section.name().equals(XlsFormReader.MAIN) && section.title().isEmpty()
                    && section.hint().isEmpty() && section.relevant().isEmpty());
            if (group) {
                Map<String, String> begin = row("begin_group", section.name());
                texts(begin, "label", section.title(), languages);
                texts(begin, "hint", section.hint(), languages);
                section.relevant().ifPresent(r -> begin.put("relevant", r));
                rows.add(begin);
            }
            for (Question question : section.questions()) {
                question(rows, question, languages);
            }
            if (group) {
                rows.add(row("end_group", ""));
            }
        }
    }

    private static void question(Rows rows, Question question, List<String> languages) {
        if (question.type() == QuestionType.MATRIX) {
            Map<String, String> begin = row("begin_group", question.name());
            texts(begin, "label", question.label(), languages);
            texts(begin, "hint", question.hint(), languages);
            question.relevant().ifPresent(r -> begin.put("relevant", r));
            begin.put("appearance", "table-list");
            rows.add(begin);
            for (MatrixRow matrixRow : question.rows()) {
                Map<String, String> cells = row("select_one " + question.listName().orElse(question.name()),
                        matrixRow.name());
                texts(cells, "label", matrixRow.label(), languages);
                if (matrixRow.required()) {
                    cells.put("required", "yes");
                }
                rows.add(cells);
            }
            rows.add(row("end_group", ""));
            return;
        }
        Map<String, String> cells = row(type(question), question.name());
        texts(cells, "label", question.label(), languages);
        texts(cells, "hint", question.hint(), languages);
        if (question.required()) {
            cells.put("required", "yes");
        }
        question.relevant().ifPresent(r -> cells.put("relevant", r));
        question.constraint().ifPresent(c -> cells.put("constraint", c));
        texts(cells, "constraint_message", question.constraintMessage(), languages);
        question.choiceFilter().ifPresent(f -> cells.put("choice_filter", f));
        rows.add(cells);
    }

    private static String type(Question question) {
        String other = question.otherSpecify() ? " or_other" : "";
        return switch (question.type()) {
            case SINGLE_CHOICE -> "select_one " + question.listName().orElse(question.name()) + other;
            case MULTIPLE_CHOICE -> "select_multiple " + question.listName().orElse(question.name()) + other;
            case YES_NO -> "select_one " + question.listName().orElse("yes_no");
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case DATE -> "date";
            case TEXT -> "text";
            case NOTE -> "note";
            case MATRIX -> throw new IllegalArgumentException("a matrix is a group");
        };
    }

    private static void choices(Sheet sheet, Edition edition, List<String> languages, CellStyle bold) {
        List<String> header = new ArrayList<>(List.of("list_name", "name"));
        languages.forEach(l -> header.add("label::" + LanguageColumns.name(l)));
        Rows rows = new Rows(sheet, header, bold);
        Map<String, List<Choice>> lists = lists(edition);
        lists.forEach((list, choices) -> choices.forEach(choice -> {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("list_name", list);
            cells.put("name", choice.name());
            texts(cells, "label", choice.label(), languages);
            rows.add(cells);
        }));
    }

    /** Each choice list once, as its first question has it (a yes/no question without a list gets yes and no). */
    static Map<String, List<Choice>> lists(Edition edition) {
        Map<String, List<Choice>> lists = new LinkedHashMap<>();
        edition.questions().forEach(question -> {
            Optional<String> list = question.listName().or(() -> switch (question.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, MATRIX -> Optional.of(question.name());
                case YES_NO -> Optional.of("yes_no");
                default -> Optional.empty();
            });
            list.ifPresent(name -> lists.putIfAbsent(name, question.choices().isEmpty()
                    && question.type() == QuestionType.YES_NO
                    ? List.of(new Choice("yes", Text.of("Yes", "Oui")), new Choice("no", Text.of("No", "Non")))
                    : question.choices()));
        });
        return lists;
    }

    private static void settings(Sheet sheet, Edition edition, List<String> languages, CellStyle bold) {
        String defaultLanguage = languages.get(0);
        List<String> header = new ArrayList<>(List.of("form_title"));
        languages.stream().skip(1).forEach(l -> header.add("form_title::" + LanguageColumns.name(l)));
        header.addAll(List.of("form_id", "version", "default_language"));
        languages.forEach(l -> header.add("description::" + LanguageColumns.name(l)));
        header.add("public_responses");
        if (edition.selfAssessment()) {
            header.add("self_assessment");
        }
        boolean duplicates = lists(edition).values().stream()
                .anyMatch(choices -> choices.stream().map(Choice::name).distinct().count() < choices.size());
        if (duplicates) {
            header.add("allow_choice_duplicates");
        }
        Rows rows = new Rows(sheet, header, bold);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("form_title", edition.title().byLanguage().getOrDefault(defaultLanguage, ""));
        languages.stream().skip(1).forEach(l -> {
            String title = edition.title().byLanguage().get(l);
            if (title != null) {
                cells.put("form_title::" + LanguageColumns.name(l), title);
            }
        });
        cells.put("form_id", edition.questionnaire());
        cells.put("version", edition.edition());
        cells.put("default_language", LanguageColumns.name(defaultLanguage));
        texts(cells, "description", edition.description(), languages);
        cells.put("public_responses", edition.publicResponses() ? "yes" : "no");
        if (edition.selfAssessment()) {
            cells.put("self_assessment", "yes");
        }
        if (duplicates) {
            cells.put("allow_choice_duplicates", "yes");
        }
        rows.add(cells);
    }

    private static Map<String, String> row(String type, String name) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("type", type);
        cells.put("name", name);
        return cells;
    }

    private static void texts(Map<String, String> cells, String base, Text text, List<String> languages) {
        for (String language : languages) {
            String value = text.byLanguage().get(language);
            if (value != null) {
                cells.put(base + "::" + LanguageColumns.name(language), value);
            }
        }
    }

    /** The rows of a sheet under its header, written in order. */
    private static final class Rows {
        private final Sheet sheet;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private int next = 1;

        Rows(Sheet sheet, List<String> header, CellStyle bold) {
            this.sheet = sheet;
            Row row = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                columns.put(header.get(c), c);
                row.createCell(c).setCellValue(header.get(c));
                row.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
        }

        void add(Map<String, String> cells) {
            Row row = sheet.createRow(next++);
            cells.forEach((column, value) -> {
                Integer at = columns.get(column);
                if (at == null) {
                    throw new IllegalStateException("no column " + column);
                }
                if (!value.isEmpty()) {
                    row.createCell(at).setCellValue(value);
                }
            });
        }
    }

}
