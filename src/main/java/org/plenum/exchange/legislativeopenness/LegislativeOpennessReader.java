package org.plenum.exchange.legislativeopenness;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.assessment.Answers;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Responses.ImportedResponse;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.countries.CountryNames;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvRecord;
import org.plenum.exchange.csv.CsvRecords;
import org.plenum.exchange.csv.CsvRow;
import org.plenum.exchange.reference.CountryGroups;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Legislative Openness Data Explorer's files (bundled under {@code dataset/surveys/legislative-openness/},
 * see its SOURCES.md; decision 0058) into a {@link LegislativeOpennessSurvey}.
 *
 * <p>The answers file ({@code responses.csv}) is a survey tool's export: one column per single-choice or free-text
 * question (its text as header), {@code Other:<question>} for the "other" text, {@code <option>:<question>} for each
 * option of a multiple-choice question (the cell holds the option when ticked) and, a second time, for the text
 * written beside an option. Each column is matched to its question in {@code questions.csv} by that text; the
 * options and their values come from {@code os.csv}, the sections from {@code qs.csv}'s categories (a question
 * without a category joins the section of the question before it; the first ones form the sections "About the
 * respondent" and "Open Government Partnership"). Questions are named {@code q<id>} ({@code q026}), choices by their
 * text in lower case ({@code yes_online}); an option's own text is the question {@code q<id>_<choice>}. The
 * respondent's name, title and gender (blanked in the published file) are not kept.
 *
 * <p>Respondents: the country by its name ({@code exchange/country-aliases.csv} adds "UK", "Cameroun"…), which must
 * agree with the file's {@code country code}; the chamber where the registry's chambers say it: the single chamber of
 * a unicameral parliament, else the one {@code plenum-chambers.csv} names for the row, else none (an answer about a
 * whole bicameral parliament). Every problem names file, row and column.
 */
public final class LegislativeOpennessReader {

    static final String FOLDER = "/dataset/surveys/legislative-openness/";
    private static final String IDEAL = "IDEAL RESPONSES";
    /** The columns before the answers: country code, name, country, organisation, title, gender. */
    private static final int FIRST_ANSWER_COLUMN = 6;

    private final List<String> problems = new ArrayList<>();

    private LegislativeOpennessReader() {
    }

    /** Reads the bundled files. */
    /** The respondents' countries' IPU regions and income groups, from the bundled reference files. */
    private static final CountryGroups GROUPS = CountryGroups.bundled();

    public static LegislativeOpennessSurvey bundled() {
        Map<String, InputFile> files = new HashMap<>();
        for (String name : List.of("questions.csv", "qs.csv", "os.csv", "responses.csv", "categories.json",
                "plenum-chambers.csv")) {
            files.put(name, new InputFile(name, resource(FOLDER + name)));
        }
        return read(files, Chambers.bundled());
    }

    static LegislativeOpennessSurvey read(Map<String, InputFile> files, Chambers chambers) {
        return new LegislativeOpennessReader().survey(files, chambers);
    }

    private LegislativeOpennessSurvey survey(Map<String, InputFile> files, Chambers chambers) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        // questions.csv has no header row: id, question
        for (CsvRecord record : CsvRecords.read(files.get("questions.csv")).records()) {
            if (!record.isBlank()) {
                texts.put(Integer.parseInt(record.cell(0).strip()), clean(record.cell(1)));
            }
        }
        Map<Integer, String> categories = new HashMap<>();
        for (CsvRow row : CsvFile.parse(files.get("qs.csv")).rows()) {
            categories.put(Integer.parseInt(row.get("id")), row.get("category"));
        }
        Map<Integer, List<String[]>> options = new LinkedHashMap<>();
        for (CsvRow row : CsvFile.parse(files.get("os.csv")).rows()) {
            options.computeIfAbsent(Integer.parseInt(row.get("question_id")), id -> new ArrayList<>())
                    .add(new String[]{clean(row.get("option")), row.get("value")});
        }
        List<CsvRecord> records = CsvRecords.read(files.get("responses.csv")).records();
        List<String> header = records.get(0).cells().stream().map(LegislativeOpennessReader::clean).toList();

        // Each column to its question and role.
        Map<Integer, Layout> layouts = new LinkedHashMap<>();
        for (int c = FIRST_ANSWER_COLUMN; c < header.size(); c++) {
            String cell = header.get(c);
            Optional<Map.Entry<Integer, String>> question = texts.entrySet().stream()
                    .filter(e -> cell.equals(e.getValue()) || cell.endsWith(":" + e.getValue()))
                    .max((a, b) -> Integer.compare(a.getValue().length(), b.getValue().length()));
            if (question.isEmpty()) {
                problem("responses.csv", 1, c, cell, "the header names no question of questions.csv");
                continue;
            }
            int id = question.get().getKey();
            Layout layout = layouts.computeIfAbsent(id, Layout::new);
            if (cell.equals(question.get().getValue())) {
                layout.main = c;
            } else {
                String option = clean(cell.substring(0, cell.length() - question.get().getValue().length() - 1));
                if (layout.main >= 0 || layout.optionColumns.containsKey(option)) {
                    // beside a single answer, or the second column of a ticked option: the text written there
                    if (layout.textColumns.putIfAbsent(option, c) != null) {
                        problem("responses.csv", 1, c, cell, "a third column for the option '" + option + "'");
                    }
                } else {
                    layout.optionColumns.put(option, c);
                }
            }
        }

        // The questions, by section.
        Map<String, List<Question>> sections = new LinkedHashMap<>();
        sections.put("respondent", new ArrayList<>());
        sections.put("ogp", new ArrayList<>());
        JsonNode categoryNames = JsonMapper.builder().build().readTree(files.get("categories.json").content());
        List<String> order = new ArrayList<>();
        categoryNames.properties().forEach(e -> order.add(e.getKey()));
        order.sort((a, b) -> Integer.compare(categoryNames.get(a).get("weight").asInt(),
                categoryNames.get(b).get("weight").asInt()));
        order.forEach(code -> sections.put(code, new ArrayList<>()));
        Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
        Map<Integer, Built> built = new LinkedHashMap<>();
        String section = "respondent";
        for (Layout layout : layouts.values()) {
            String category = categories.getOrDefault(layout.id, "");
            if (!category.isEmpty()) {
                if (!sections.containsKey(category)) {
                    problem("qs.csv", 0, -1, "category", "'" + category + "' is not in categories.json");
                    continue;
                }
                section = category;
            } else if (layout.id >= 10 && section.equals("respondent")) {
                section = "ogp";
            }
            Built question = build(layout, texts.get(layout.id), options.getOrDefault(layout.id, List.of()), header);
            built.put(layout.id, question);
            sections.get(section).add(question.question);
            sections.get(section).addAll(question.companions.values());
            Map<String, Integer> scored = new LinkedHashMap<>();
            for (String[] option : options.getOrDefault(layout.id, List.of())) {
                if (!option[1].isBlank()) {
                    scored.put(question.choiceNames.get(option[0]), Integer.parseInt(option[1].strip()));
                }
            }
            if (!scored.isEmpty()) {
                values.put(question.question.name(), scored);
            }
        }

        // The respondents.
        CountryNames countries = CountryNames.bundled();
        List<ImportedResponse> responses = new ArrayList<>();
        Answers ideal = Answers.NONE;
        Map<String, Integer> perCountry = new HashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            int row = record.number();
            if (record.cells().size() != header.size()) {
                problem("responses.csv", row, -1, "", "the row has " + record.cells().size()
                        + " cells but the header has " + header.size());
                continue;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (Built question : built.values()) {
                question.answer(record, row, answers);
            }
            String countryName = record.cell(2).strip();
            if (countryName.equals(IDEAL)) {
                ideal = new Answers(answers);
                continue;
            }
            Optional<String> country = countries.code(countryName);
            String stated = record.cell(0).strip().toUpperCase(Locale.ROOT);
            if (country.isEmpty()) {
                problem("responses.csv", row, 2, "Country", "'" + countryName + "' names no country Plenum knows"
                        + " (add it to exchange/country-aliases.csv)");
                continue;
            }
            if (!country.get().equals(stated)) {
                problem("responses.csv", row, 2, "Country", "'" + countryName + "' is " + country.get()
                        + " but the row's country code is '" + record.cell(0) + "'");
                continue;
            }
            int n = perCountry.merge(country.get(), 1, Integer::sum);
            String key = "lo-2016-" + country.get().toLowerCase(Locale.ROOT) + "-" + n;
            String organisation = record.cell(3).strip();
            Optional<String> chamber = chambers.of(country.get(), row);
            responses.add(new ImportedResponse(new Respondent(key, chamber, country, organisation, organisation,
                    GROUPS.region(country.get()), GROUPS.incomeGroup(country.get()), false), new Answers(answers)));
        }
        chambers.problems().forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new AssessmentException("legislative-openness: " + problems.size() + " problems: "
                    + String.join("; ", problems), problems);
        }
        List<Section> list = new ArrayList<>();
        sections.forEach((code, questions) -> {
            if (!questions.isEmpty()) {
                list.add(new Section(code, sectionTitle(code, categoryNames), Text.NONE, Optional.empty(), questions));
            }
        });
        Edition edition = new Edition(LegislativeOpennessSurvey.QUESTIONNAIRE, LegislativeOpennessSurvey.EDITION,
                Text.of("Global Legislative Openness survey", "Enquête mondiale sur l'ouverture législative"),
                Text.of("The questionnaire of the Open Government Partnership's Legislative Openness Working Group"
                        + " (2015–2016) on the transparency and accessibility of parliamentary information, based on"
                        + " the Declaration on Parliamentary Openness, answered by civil society groups and"
                        + " parliaments for 37 chambers. Source: KohoVolit's Legislative Openness Data Explorer."
                        + " Licence: CC BY 4.0 (Open Government Partnership Legislative Openness Working Group;"
                        + " KohoVolit).",
                        "Le questionnaire du groupe de travail sur l'ouverture législative du Partenariat pour un"
                        + " gouvernement ouvert (2015–2016) sur la transparence et l'accessibilité de l'information"
                        + " parlementaire, fondé sur la Déclaration sur l'ouverture parlementaire, rempli par des"
                        + " organisations de la société civile et des parlements pour 37 chambres. Source : le"
                        + " Legislative Openness Data Explorer de KohoVolit. Licence : CC BY 4.0."),
                List.of("en", "fr"), true, list);
        return new LegislativeOpennessSurvey(edition, responses, ideal, values);
    }

    private static final Map<String, String> FRENCH = Map.of(
            "respondent", "À propos du répondant",
            "ogp", "Partenariat pour un gouvernement ouvert",
            "plenary", "Séances plénières",
            "committees", "Commissions",
            "mps", "Parlementaires",
            "administration", "Administration",
            "accessibility", "Accessibilité",
            "ethics", "Éthique",
            "citizen-participation", "Participation citoyenne");

    private static Text sectionTitle(String code, JsonNode categories) {
        String english = switch (code) {
            case "respondent" -> "About the respondent";
            case "ogp" -> "Open Government Partnership";
            default -> categories.get(code).get("name").asString();
        };
        return Text.of(english, FRENCH.get(code));
    }

    /** How one question's answers are laid out in the columns. */
    private static final class Layout {
        final int id;
        int main = -1;
        final Map<String, Integer> optionColumns = new LinkedHashMap<>();
        final Map<String, Integer> textColumns = new LinkedHashMap<>();

        Layout(int id) {
            this.id = id;
        }
    }

    /** A question built from its layout, and how it reads its answer from a row. */
    private final class Built {
        final Layout layout;
        Question question;
        final Map<String, String> choiceNames = new LinkedHashMap<>();
        final Map<String, Question> companions = new LinkedHashMap<>();

        Built(Layout layout) {
            this.layout = layout;
        }

        void answer(CsvRecord record, int row, Map<String, String> answers) {
            String name = question.name();
            switch (question.type()) {
                case TEXT -> answers.put(name, record.cell(layout.main));
                case SINGLE_CHOICE -> {
                    String value = clean(record.cell(layout.main));
                    if (!value.isEmpty()) {
                        String choice = choiceNames.get(value);
                        if (choice == null) {
                            problem("responses.csv", row, layout.main, "", "'" + value + "' is not an option of"
                                    + " question " + layout.id + " in os.csv");
                        } else {
                            answers.put(name, choice);
                        }
                    }
                }
                case MULTIPLE_CHOICE -> {
                    List<String> selected = new ArrayList<>();
                    layout.optionColumns.forEach((option, column) -> {
                        String value = clean(record.cell(column));
                        if (value.isEmpty()) {
                            return;
                        }
                        if (!value.equals(option)) {
                            problem("responses.csv", row, column, "", "'" + value + "' in the column of the option '"
                                    + option + "' (a ticked option holds its own text)");
                            return;
                        }
                        selected.add(choiceNames.get(option));
                    });
                    if (!selected.isEmpty()) {
                        answers.put(name, String.join(" ", selected));
                    }
                }
                default -> throw new IllegalStateException(question.type().name());
            }
            layout.textColumns.forEach((option, column) -> {
                String key = option.equals("Other") && question.otherSpecify() ? question.otherName()
                        : companions.get(option).name();
                answers.put(key, record.cell(column));
            });
        }
    }

    private Built build(Layout layout, String text, List<String[]> options, List<String> header) {
        Built built = new Built(layout);
        String name = String.format(Locale.ROOT, "q%03d", layout.id);
        Set<String> optionTexts = new LinkedHashSet<>();
        options.forEach(o -> optionTexts.add(o[0]));
        if (layout.main < 0) {
            layout.optionColumns.keySet().forEach(optionTexts::add); // options ticked in columns, in column order
        }
        boolean other = layout.textColumns.containsKey("Other") && optionTexts.contains("Other");
        List<Choice> choices = new ArrayList<>();
        for (String option : optionTexts) {
            String choice = option.equals("Other") && other ? "other" : slug(option, built.choiceNames.values());
            built.choiceNames.put(option, choice);
            if (!(option.equals("Other") && other)) {
                choices.add(new Choice(choice, new Text(Map.of("en", option))));
            }
        }
        QuestionType type = layout.main < 0 ? QuestionType.MULTIPLE_CHOICE
                : options.isEmpty() ? QuestionType.TEXT : QuestionType.SINGLE_CHOICE;
        if (type == QuestionType.TEXT) {
            choices = List.of();
            other = false;
        }
        built.question = new Question(name, type, new Text(Map.of("en", text)), Text.NONE, false, Optional.empty(),
                Optional.empty(), Text.NONE, type == QuestionType.TEXT ? Optional.empty() : Optional.of(name), choices,
                other, Optional.empty(), List.of());
        for (String option : layout.textColumns.keySet()) {
            if (option.equals("Other") && other) {
                continue;
            }
            String choice = built.choiceNames.getOrDefault(option, slug(option, List.of()));
            built.companions.put(option, new Question(name + "_" + choice, QuestionType.TEXT,
                    new Text(Map.of("en", option + ": please describe. " + text)), Text.NONE, false, Optional.empty(),
                    Optional.empty(), Text.NONE, Optional.empty(), List.of(), false, Optional.empty(), List.of()));
        }
        return built;
    }

    /** A choice name from an option's text: lower case, accents removed, runs of other characters as {@code _}. */
    static String slug(String option, java.util.Collection<String> taken) {
        String plain = Normalizer.normalize(option, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (plain.isEmpty()) {
            plain = "option";
        }
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("_+$", "");
        }
        String name = plain;
        for (int n = 2; taken.contains(name); n++) {
            name = plain + "_" + n;
        }
        return name;
    }

    /** Text with no-break spaces as spaces and surrounding spaces removed. */
    static String clean(String text) {
        return text.replace('\u00a0', ' ').strip();
    }

    private void problem(String file, int row, int column, String header, String reason) {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(" row ").append(row);
        }
        if (column >= 0) {
            where.append(" column ").append(column + 1);
        }
        if (!header.isEmpty()) {
            where.append(" (").append(header.length() > 60 ? header.substring(0, 60) + "…" : header).append(")");
        }
        problems.add(where.append(": ").append(reason).toString());
    }

    static byte[] resource(String path) {
        try (var in = LegislativeOpennessReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundled " + path);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
