package org.plenum.exchange.xlsform;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;

/**
 * Reads an XLSForm (ODK/KoboToolbox; decision 0050) into an {@link Edition}. Every problem is collected, not only
 * the first, and each names the sheet, row and column and why ({@link XlsFormProblem}); any problem refuses the whole
 * form with an {@link AssessmentException} listing them all.
 *
 * <p>What is read: {@code survey} ({@code type}, {@code name}, {@code label}, {@code hint}, {@code required},
 * {@code relevant}, {@code constraint}, {@code constraint_message}, {@code appearance}, {@code choice_filter}; texts
 * in any language as {@code label::Language (xx)}), {@code choices} ({@code list_name}, {@code name}, {@code label}),
 * {@code settings} ({@code form_title}, {@code form_id} = questionnaire code, {@code version} = edition code,
 * {@code default_language}, and Plenum's {@code description::…}, {@code public_responses} and {@code self_assessment}). Types:
 * {@code select_one L [or_other]}, {@code select_multiple L [or_other]}, {@code integer}, {@code decimal},
 * {@code date}, {@code text}, {@code note}, {@code begin_group}/{@code end_group} (also written with a space). A
 * top-level group is a {@link Section}; a group with {@code appearance} {@code table-list} whose questions are
 * {@code select_one} of one list is a {@link QuestionType#MATRIX matrix}; questions outside any group sit in a
 * section named {@code main}. {@code select_one yes_no} over a list {@code yes_no} of exactly {@code yes} and
 * {@code no} is {@link QuestionType#YES_NO}. Columns this reader does not use are ignored, as in ODK.
 */
public final class XlsFormReader {

    /** XLSForm names as decision 0050 allows them: a letter, then letters, digits and {@code _}. */
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** A questionnaire's or edition's code. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    static final String MAIN = "main";
    private static final String SUPPORTED = "select_one LIST, select_one LIST or_other, select_multiple LIST, "
            + "integer, decimal, date, text, note, begin_group, end_group";

    private XlsFormReader() {
    }

    /** Reads an {@code .xlsx} workbook or a folder of {@code survey.csv}, {@code choices.csv}, {@code settings.csv}. */
    public static Edition read(Path path) {
        return read(XlsFormSheets.read(path));
    }

    public static Edition read(XlsFormSheets sheets) {
        return new Reading(sheets).edition();
    }

    /** The problems of a form without throwing: empty when {@link #read(XlsFormSheets)} would succeed. */
    public static List<XlsFormProblem> problems(XlsFormSheets sheets) {
        Reading reading = new Reading(sheets);
        reading.build();
        return List.copyOf(reading.problems);
    }

    private static final class Reading {
        private final XlsFormSheets sheets;
        private final List<XlsFormProblem> problems = new ArrayList<>();
        private final Map<String, List<Choice>> lists = new LinkedHashMap<>();
        private final Map<String, Integer> names = new LinkedHashMap<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final Deque<Group> groups = new ArrayDeque<>();
        private final List<String> languages = new ArrayList<>();
        private String defaultLanguage = "en";
        private boolean allowChoiceDuplicates;
        private List<Question> main;
        private Edition edition;

        Reading(XlsFormSheets sheets) {
            this.sheets = sheets;
        }

        Edition edition() {
            build();
            if (!problems.isEmpty()) {
                List<String> lines = problems.stream().map(XlsFormProblem::toString).toList();
                throw new AssessmentException(sheets.file() + ": " + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + " in the XLSForm: "
                        + String.join("; ", lines), lines);
            }
            return edition;
        }

        void build() {
            XlsFormSheet settingsSheet = sheets.settings();
            XlsFormSheet.Row settings = settingsSheet.rows().isEmpty()
                    ? new XlsFormSheet.Row(2, Map.of()) : settingsSheet.rows().get(0);
            readLanguages(settings);
            allowChoiceDuplicates = List.of("yes", "true", "1", "true()")
                    .contains(settings.get("allow_choice_duplicates").toLowerCase(Locale.ROOT));
            readChoices();
            readSurvey();
            checkReferences();
            String code = setting(settings, "form_id", true);
            String version = setting(settings, "version", true);
            boolean publicResponses = settings.get("public_responses").isEmpty() ? false
                    : flag(settingsSheet.name(), settings, "public_responses");
            boolean selfAssessment = !settings.get("self_assessment").isEmpty()
                    && flag(settingsSheet.name(), settings, "self_assessment");
            Text title = text(settings, "form_title");
            if (title.isEmpty() && !code.isEmpty()) {
                title = new Text(Map.of(defaultLanguage, code));
            }
            Text description = text(settings, "description");
            if (problems.isEmpty()) {
                edition = new Edition(code, version, title, description, languages, publicResponses, selfAssessment,
                        sections);
            }
        }

        // ---- languages

        private void readLanguages(XlsFormSheet.Row settings) {
            String declared = settings.get("default_language");
            if (!declared.isEmpty()) {
                Optional<String> code = LanguageColumns.code(declared);
                if (code.isEmpty()) {
                    problem("settings", settings.number(), column(sheets.settings(), "default_language"),
                            "'" + declared + "' names no language: write it as 'English (en)' or 'en'");
                } else {
                    defaultLanguage = code.get();
                }
            }
            Set<String> found = new LinkedHashSet<>();
            for (XlsFormSheet sheet : List.of(sheets.survey(), sheets.choices(), sheets.settings())) {
                for (String header : sheet.header()) {
                    if (!LanguageColumns.translated(header)) {
                        continue;
                    }
                    Optional<String> code = LanguageColumns.code(LanguageColumns.languagePart(header));
                    if (code.isEmpty()) {
                        problem(sheet.name(), 1, header, "'" + LanguageColumns.languagePart(header)
                                + "' names no language: write it as 'English (en)' with the language's code");
                    } else {
                        found.add(code.get());
                    }
                }
            }
            if (declared.isEmpty() && !found.isEmpty() && sheets.survey().column("label").isEmpty()) {
                defaultLanguage = found.iterator().next();
            }
            languages.add(defaultLanguage);
            found.stream().filter(l -> !l.equals(defaultLanguage)).forEach(languages::add);
        }

        /** The texts of {@code base} in a row: the untranslated column in the default language, then each {@code ::}. */
        private Text text(XlsFormSheet.Row row, String base) {
            Map<String, String> texts = new LinkedHashMap<>();
            row.cells().forEach((header, value) -> {
                if (value.isEmpty() || !LanguageColumns.base(header).equals(base)) {
                    return;
                }
                if (!LanguageColumns.translated(header)) {
                    texts.putIfAbsent(defaultLanguage, value);
                } else {
                    LanguageColumns.code(LanguageColumns.languagePart(header)).ifPresent(code -> texts.put(code, value));
                }
            });
            return texts.isEmpty() ? Text.NONE : new Text(texts);
        }

        private String labelColumn(XlsFormSheet sheet) {
            return sheet.header().stream().filter(h -> LanguageColumns.base(h).equals("label"))
                    .filter(h -> !LanguageColumns.translated(h)
                            || LanguageColumns.code(LanguageColumns.languagePart(h)).orElse("").equals(defaultLanguage))
                    .findFirst().orElse("label::" + LanguageColumns.name(defaultLanguage));
        }

        // ---- choices

        private void readChoices() {
            XlsFormSheet sheet = sheets.choices();
            if (sheet.rows().isEmpty()) {
                return;
            }
            String listColumn = sheet.column("list_name").or(() -> sheet.column("list name")).orElse(null);
            String nameColumn = sheet.column("name").or(() -> sheet.column("value")).orElse(null);
            if (listColumn == null) {
                problem(sheet.name(), 1, "", "no column list_name");
            }
            if (nameColumn == null) {
                problem(sheet.name(), 1, "", "no column name");
            }
            if (listColumn == null || nameColumn == null) {
                return;
            }
            String label = labelColumn(sheet);
            Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
            for (XlsFormSheet.Row row : sheet.rows()) {
                String list = row.get(listColumn);
                String name = row.get(nameColumn);
                if (list.isEmpty()) {
                    problem(sheet.name(), row.number(), listColumn, "no list name");
                    continue;
                }
                if (!NAME.matcher(list).matches()) {
                    problem(sheet.name(), row.number(), listColumn, "'" + list
                            + "' is not a valid list name: a letter, then letters, digits or _");
                }
                if (name.isEmpty()) {
                    problem(sheet.name(), row.number(), nameColumn, "no choice name");
                    continue;
                }
                if (name.chars().anyMatch(Character::isWhitespace)) {
                    problem(sheet.name(), row.number(), nameColumn, "'" + name
                            + "' is not a valid choice name: it has a space (answers separate choices by spaces)");
                }
                Integer first = seen.computeIfAbsent(list, l -> new LinkedHashMap<>()).putIfAbsent(name, row.number());
                if (first != null && !allowChoiceDuplicates) {
                    problem(sheet.name(), row.number(), nameColumn, "duplicate choice '" + name + "' in list '" + list
                            + "' (first in row " + first + "; settings allow_choice_duplicates is not yes)");
                    continue;
                }
                Text text = text(row, "label");
                if (!text.byLanguage().containsKey(defaultLanguage)) {
                    problem(sheet.name(), row.number(), label, "the choice '" + name
                            + "' has no label in the default language (" + defaultLanguage + ")");
                }
                lists.computeIfAbsent(list, l -> new ArrayList<>()).add(new Choice(name, text));
            }
        }

        // ---- survey

        private void readSurvey() {
            XlsFormSheet sheet = sheets.survey();
            if (sheet.header().isEmpty()) {
                problem("survey", 0, "", "the form has no survey sheet (or it is empty)");
                return;
            }
            if (sheet.column("type").isEmpty()) {
                problem("survey", 1, "", "no column type");
            }
            if (sheet.column("name").isEmpty()) {
                problem("survey", 1, "", "no column name");
            }
            if (sheet.column("type").isEmpty() || sheet.column("name").isEmpty()) {
                return;
            }
            for (XlsFormSheet.Row row : sheet.rows()) {
                surveyRow(row);
            }
            while (!groups.isEmpty()) {
                Group open = groups.pop();
                problem("survey", open.row, column(sheet, "type"), "begin_group '" + open.name
                        + "' has no end_group");
            }
            if (sheet.rows().isEmpty()) {
                problem("survey", 0, "", "the form has no questions");
            }
        }

        private void surveyRow(XlsFormSheet.Row row) {
            XlsFormSheet sheet = sheets.survey();
            String typeColumn = column(sheet, "type");
            String[] type = row.get("type").strip().split("\\s+");
            String kind = type[0].toLowerCase(Locale.ROOT);
            if (type.length > 1 && (kind.equals("begin") || kind.equals("end") || kind.equals("select"))) {
                // "begin group", "end group", "select one" are written with a space too
                String joined = kind + "_" + type[1].toLowerCase(Locale.ROOT);
                String[] rest = new String[type.length - 1];
                rest[0] = joined;
                System.arraycopy(type, 2, rest, 1, type.length - 2);
                type = rest;
                kind = joined;
            }
            if (kind.isEmpty()) {
                problem("survey", row.number(), typeColumn, "no type");
                return;
            }
            if (kind.equals("end_group")) {
                if (groups.isEmpty()) {
                    problem("survey", row.number(), typeColumn, "end_group without a begin_group");
                } else {
                    close(groups.pop());
                }
                return;
            }
            String name = row.get("name");
            String nameColumn = column(sheet, "name");
            if (name.isEmpty()) {
                problem("survey", row.number(), nameColumn, "no name");
            } else if (!NAME.matcher(name).matches()) {
                problem("survey", row.number(), nameColumn, "'" + name
                        + "' is not a valid name: a letter, then letters, digits or _");
            } else {
                Integer first = names.putIfAbsent(name, row.number());
                if (first != null) {
                    problem("survey", row.number(), nameColumn, "duplicate name '" + name + "' (first in row "
                            + first + ")");
                }
            }
            for (String column : List.of("relevant", "constraint", "choice_filter")) {
                if (!row.get(column).isEmpty()) {
                    references.add(new Reference(row.number(), column(sheet, column), row.get(column)));
                }
            }
            Text label = text(row, "label");
            if (kind.equals("begin_group")) {
                if (type.length > 1) {
                    problem("survey", row.number(), typeColumn, "'" + row.get("type") + "' is not a type");
                }
                boolean matrix = row.get("appearance").toLowerCase(Locale.ROOT).contains("table-list");
                if (!groups.isEmpty() && !matrix) {
                    problem("survey", row.number(), typeColumn, "groups nest one level only: a group inside the group '"
                            + groups.peek().name + "' must be a table-list matrix");
                } else if (!groups.isEmpty() && groups.peek().matrix) {
                    problem("survey", row.number(), typeColumn, "a group inside the table-list group '"
                            + groups.peek().name + "'");
                }
                groups.push(new Group(row.number(), name, label, text(row, "hint"), optional(row, "relevant"), matrix));
                return;
            }
            requireLabel(row, label, name);
            boolean required = row.get("required").isEmpty() ? false : flag("survey", row, "required");
            QuestionType questionType;
            Optional<String> listName = Optional.empty();
            List<Choice> choices = List.of();
            boolean other = false;
            switch (kind) {
                case "select_one", "select_multiple" -> {
                    if (type.length < 2 || type.length > 3 || (type.length == 3 && !type[2].equals("or_other"))) {
                        problem("survey", row.number(), typeColumn, "'" + row.get("type") + "' is not a type: write "
                                + kind + " LIST or " + kind + " LIST or_other");
                        return;
                    }
                    listName = Optional.of(type[1]);
                    other = type.length == 3;
                    choices = lists.get(type[1]);
                    if (choices == null) {
                        problem("survey", row.number(), typeColumn, "no choice list named '" + type[1]
                                + "' in the choices sheet");
                        choices = List.of();
                    }
                    boolean yesNo = kind.equals("select_one") && type[1].equals("yes_no") && !other
                            && choices.stream().map(Choice::name).toList().equals(List.of("yes", "no"));
                    questionType = yesNo ? QuestionType.YES_NO
                            : kind.equals("select_one") ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
                }
                case "integer" -> questionType = QuestionType.INTEGER;
                case "decimal" -> questionType = QuestionType.DECIMAL;
                case "date" -> questionType = QuestionType.DATE;
                case "text" -> questionType = QuestionType.TEXT;
                case "note" -> questionType = QuestionType.NOTE;
                default -> {
                    problem("survey", row.number(), typeColumn, "unknown type '" + row.get("type")
                            + "': Plenum reads " + SUPPORTED);
                    return;
                }
            }
            if (type.length > 1 && listName.isEmpty()) {
                problem("survey", row.number(), typeColumn, "'" + row.get("type") + "' is not a type");
            }
            Question question = new Question(name, questionType, label, text(row, "hint"), required,
                    optional(row, "relevant"), optional(row, "constraint"), text(row, "constraint_message"), listName,
                    choices, other, optional(row, "choice_filter"), List.of());
            if (!groups.isEmpty() && groups.peek().matrix) {
                matrixRow(groups.peek(), row, question);
            } else if (!groups.isEmpty()) {
                groups.peek().questions.add(question);
            } else {
                mainSection().add(question);
            }
        }

        private void matrixRow(Group group, XlsFormSheet.Row row, Question question) {
            String typeColumn = column(sheets.survey(), "type");
            if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.YES_NO
                    || question.otherSpecify()) {
                problem("survey", row.number(), typeColumn, "the table-list group '" + group.name
                        + "' is a matrix: its questions must be select_one of one list (without or_other)");
                return;
            }
            if (group.listName == null) {
                group.listName = question.listName().orElseThrow();
                group.choices = question.choices();
            } else if (!group.listName.equals(question.listName().orElseThrow())) {
                problem("survey", row.number(), typeColumn, "the table-list group '" + group.name
                        + "' is a matrix of the list '" + group.listName + "': this question uses '"
                        + question.listName().orElseThrow() + "'");
                return;
            }
            for (String column : List.of("relevant", "constraint", "choice_filter")) {
                if (!row.get(column).isEmpty()) {
                    problem("survey", row.number(), column(sheets.survey(), column), "a row of the matrix '"
                            + group.name + "' cannot have its own " + column + " (put it on the group)");
                }
            }
            group.rows.add(new MatrixRow(question.name(), question.label(), question.required()));
        }

        private void close(Group group) {
            if (group.matrix) {
                if (group.rows.isEmpty()) {
                    problem("survey", group.row, column(sheets.survey(), "type"), "the table-list group '"
                            + group.name + "' has no questions");
                    return;
                }
                Question matrix = new Question(group.name, QuestionType.MATRIX, group.label, group.hint, false,
                        group.relevant, Optional.empty(), Text.NONE, Optional.of(group.listName), group.choices,
                        false, Optional.empty(), group.rows);
                if (groups.isEmpty()) {
                    mainSection().add(matrix);
                } else {
                    groups.peek().questions.add(matrix);
                }
                return;
            }
            if (group.questions.isEmpty()) {
                problem("survey", group.row, column(sheets.survey(), "type"), "the group '" + group.name
                        + "' has no questions");
                return;
            }
            sections.add(new Section(group.name, group.label, group.hint, group.relevant, group.questions));
        }

        private List<Question> mainSection() {
            if (main == null) {
                main = new ArrayList<>();
                sections.add(null); // the place of the section main, filled in below
                int at = sections.size() - 1;
                List<Question> questions = main;
                sectionsToFill.put(at, questions);
            }
            return main;
        }

        private final Map<Integer, List<Question>> sectionsToFill = new LinkedHashMap<>();

        private void requireLabel(XlsFormSheet.Row row, Text label, String name) {
            if (!label.byLanguage().containsKey(defaultLanguage)) {
                problem("survey", row.number(), labelColumn(sheets.survey()), "'" + name
                        + "' has no label in the default language (" + defaultLanguage + ")");
            }
        }

        private void checkReferences() {
            sectionsToFill.forEach((at, questions) -> sections.set(at,
                    new Section(MAIN, Text.NONE, Text.NONE, Optional.empty(), questions)));
            for (Reference reference : references) {
                Matcher matcher = REFERENCE.matcher(reference.expression);
                while (matcher.find()) {
                    String named = matcher.group(1).strip();
                    if (!names.containsKey(named)) {
                        problem("survey", reference.row, reference.column, "${" + named + "} names no question of the form");
                    }
                }
            }
        }

        // ---- settings and cells

        private String setting(XlsFormSheet.Row settings, String column, boolean required) {
            String value = settings.get(column);
            if (value.isEmpty()) {
                if (required) {
                    problem("settings", sheets.settings().rows().isEmpty() ? 0 : settings.number(), column,
                            "missing: Plenum needs form_id (the questionnaire's code) and version (the edition's code)");
                }
                return "";
            }
            if (!CODE.matcher(value).matches()) {
                problem("settings", settings.number(), column(sheets.settings(), column), "'" + value
                        + "' is not a valid code: letters, digits, '-', '_' or '.', starting with a letter or digit");
            }
            return value;
        }

        private boolean flag(String sheet, XlsFormSheet.Row row, String column) {
            String value = row.get(column).toLowerCase(Locale.ROOT);
            switch (value) {
                case "yes", "true", "1", "true()" -> {
                    return true;
                }
                case "no", "false", "0", "false()" -> {
                    return false;
                }
                default -> {
                    XlsFormSheet of = sheet.equals("survey") ? sheets.survey() : sheets.settings();
                    problem(sheet, row.number(), column(of, column), "'" + row.get(column)
                            + "' is not yes or no (yes, true, 1; no, false, 0)");
                    return false;
                }
            }
        }

        private static Optional<String> optional(XlsFormSheet.Row row, String column) {
            String value = row.get(column);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private static String column(XlsFormSheet sheet, String column) {
            return sheet.column(column).orElse(column);
        }

        private void problem(String sheet, int row, String column, String reason) {
            problems.add(new XlsFormProblem(sheets.file(), sheet, row, column, reason));
        }
    }

    private record Reference(int row, String column, String expression) {
    }

    private static final class Group {
        final int row;
        final String name;
        final Text label;
        final Text hint;
        final Optional<String> relevant;
        final boolean matrix;
        final List<Question> questions = new ArrayList<>();
        final List<MatrixRow> rows = new ArrayList<>();
        String listName;
        List<Choice> choices = List.of();

        Group(int row, String name, Text label, Text hint, Optional<String> relevant, boolean matrix) {
            this.row = row;
            this.name = name;
            this.label = label;
            this.hint = hint;
            this.relevant = relevant;
            this.matrix = matrix;
        }
    }
}
