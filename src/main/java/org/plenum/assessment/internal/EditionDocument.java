package org.plenum.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An edition's content as the JSON document stored in {@code questionnaire_edition.content} (decision 0051), written
 * and read field by field so that the stored layout does not follow the Java types by accident. Texts are objects of
 * language code to text; optional values are absent keys; the keys are written in a fixed order, so the same edition
 * always gives the same document (and digest).
 */
public final class EditionDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EditionDocument() {
    }

    public static String write(Edition edition) {
        ObjectNode root = JSON.createObjectNode();
        root.put("questionnaire", edition.questionnaire());
        root.put("edition", edition.edition());
        root.set("title", text(edition.title()));
        root.set("description", text(edition.description()));
        ArrayNode languages = root.putArray("languages");
        edition.languages().forEach(languages::add);
        root.put("publicResponses", edition.publicResponses());
        if (edition.selfAssessment()) {
            root.put("selfAssessment", true);
        }
        ArrayNode sections = root.putArray("sections");
        for (Section section : edition.sections()) {
            ObjectNode s = sections.addObject();
            s.put("name", section.name());
            s.set("title", text(section.title()));
            s.set("hint", text(section.hint()));
            section.relevant().ifPresent(r -> s.put("relevant", r));
            ArrayNode questions = s.putArray("questions");
            section.questions().forEach(q -> questions.add(question(q)));
        }
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode question(Question q) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", q.name());
        node.put("type", q.type().name());
        node.set("label", text(q.label()));
        node.set("hint", text(q.hint()));
        node.put("required", q.required());
        q.relevant().ifPresent(r -> node.put("relevant", r));
        q.constraint().ifPresent(c -> node.put("constraint", c));
        node.set("constraintMessage", text(q.constraintMessage()));
        q.listName().ifPresent(l -> node.put("listName", l));
        ArrayNode choices = node.putArray("choices");
        for (Choice choice : q.choices()) {
            ObjectNode c = choices.addObject();
            c.put("name", choice.name());
            c.set("label", text(choice.label()));
        }
        node.put("otherSpecify", q.otherSpecify());
        q.choiceFilter().ifPresent(f -> node.put("choiceFilter", f));
        ArrayNode rows = node.putArray("rows");
        for (MatrixRow row : q.rows()) {
            ObjectNode r = rows.addObject();
            r.put("name", row.name());
            r.set("label", text(row.label()));
            r.put("required", row.required());
        }
        return node;
    }

    private static ObjectNode text(Text text) {
        ObjectNode node = JSON.createObjectNode();
        text.byLanguage().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> node.put(e.getKey(), e.getValue()));
        return node;
    }

    /** Reads a stored document; {@code where} names it in the error (e.g. {@code questionnaire_edition eparliament/2024}). */
    public static Edition read(String json, String where) {
        try {
            JsonNode root = JSON.readTree(json);
            List<String> languages = new ArrayList<>();
            root.path("languages").forEach(l -> languages.add(l.asString()));
            List<Section> sections = new ArrayList<>();
            for (JsonNode s : root.path("sections")) {
                List<Question> questions = new ArrayList<>();
                for (JsonNode q : s.path("questions")) {
                    questions.add(question(q));
                }
                sections.add(new Section(s.path("name").asString(), text(s.path("title")), text(s.path("hint")),
                        optional(s, "relevant"), questions));
            }
            return new Edition(root.path("questionnaire").asString(), root.path("edition").asString(),
                    text(root.path("title")), text(root.path("description")), languages,
                    root.path("publicResponses").asBoolean(), root.path("selfAssessment").asBoolean(false), sections);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new AssessmentException(where + ": the stored edition cannot be read: " + e.getMessage());
        }
    }

    private static Question question(JsonNode q) {
        List<Choice> choices = new ArrayList<>();
        for (JsonNode c : q.path("choices")) {
            choices.add(new Choice(c.path("name").asString(), text(c.path("label"))));
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (JsonNode r : q.path("rows")) {
            rows.add(new MatrixRow(r.path("name").asString(), text(r.path("label")), r.path("required").asBoolean()));
        }
        return new Question(q.path("name").asString(), QuestionType.valueOf(q.path("type").asString()),
                text(q.path("label")), text(q.path("hint")), q.path("required").asBoolean(), optional(q, "relevant"),
                optional(q, "constraint"), text(q.path("constraintMessage")), optional(q, "listName"), choices,
                q.path("otherSpecify").asBoolean(), optional(q, "choiceFilter"), rows);
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    private static Text text(JsonNode node) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
        return new Text(byLanguage);
    }

    /** Answers as a JSON object of question name to answer, keys sorted. */
    public static String writeAnswers(Map<String, String> answers) {
        ObjectNode node = JSON.createObjectNode();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> node.put(e.getKey(), e.getValue()));
        return JSON.writeValueAsString(node);
    }

    public static Map<String, String> readAnswers(String json, String where) {
        try {
            Map<String, String> answers = new LinkedHashMap<>();
            JSON.readTree(json).properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
            return answers;
        } catch (JacksonException e) {
            throw new AssessmentException(where + ": the stored answers cannot be read: " + e.getMessage());
        }
    }
}
