package org.plenum.assessment.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Rule;
import org.plenum.assessment.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a framework document (the JSON layout in {@code docs/assessment-method.md}, section "Framework documents")
 * into a {@link Framework}. Every problem is collected and named by its JSON path and why, e.g.
 * {@code dmi-2024.1.json: $.areas[1].indicators[0].weight: must be greater than 0 (was 0)}; one
 * {@link AssessmentException} lists them all.
 */
public final class FrameworkDocumentReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private FrameworkDocumentReader(String file) {
        this.file = file;
    }

    /** Reads {@code json} (named {@code file} in the errors). */
    public static Framework read(String json, String file) {
        FrameworkDocumentReader reader = new FrameworkDocumentReader(file);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new AssessmentException(file + ": not a JSON document: " + e.getOriginalMessage()
                    + Optional.ofNullable(e.getLocation()).map(l -> " (line " + l.getLineNr() + ", column "
                    + l.getColumnNr() + ")").orElse(""));
        }
        Framework framework = reader.framework(root);
        if (!reader.problems.isEmpty()) {
            List<String> named = reader.problems.stream().map(p -> file + ": " + p).toList();
            throw new AssessmentException(file + ": " + named.size() + " problem(s) in the framework document: "
                    + String.join("; ", reader.problems), named);
        }
        return framework;
    }

    /**
     * What is wrong with scoring {@code edition} under {@code framework}: every rule's or practice's question that
     * the edition does not have, or whose type the rule cannot read, named by JSON path. Empty when nothing is.
     */
    public static List<String> problemsWith(Framework framework, Edition edition) {
        List<String> found = new ArrayList<>();
        String where = "framework " + framework.code() + " " + framework.version() + " against " + edition.questionnaire()
                + " " + edition.edition() + ": ";
        if (!framework.questionnaire().equals(edition.questionnaire())) {
            found.add(where + "$.questionnaire: the framework scores " + framework.questionnaire() + ", not "
                    + edition.questionnaire());
            return found;
        }
        for (int a = 0; a < framework.areas().size(); a++) {
            Framework.Area area = framework.areas().get(a);
            for (int i = 0; i < area.indicators().size(); i++) {
                Rule rule = area.indicators().get(i).rule();
                String path = "$.areas[" + a + "].indicators[" + i + "].rule";
                checkRule(rule, path, edition, where, found);
            }
        }
        for (int p = 0; p < framework.practices().size(); p++) {
            checkRule(framework.practices().get(p).condition(), "$.practices[" + p + "].condition", edition, where, found);
        }
        return found;
    }

    private static void checkRule(Rule rule, String path, Edition edition, String where, List<String> found) {
        if (rule instanceof Rule.ChoicePoints c) {
            {
                checkQuestion(c.question(), path + ".choice_points.question", edition, where, found, false);
                edition.question(c.question()).ifPresent(q -> {
                    boolean single = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.YES_NO
                            || q.type() == QuestionType.MATRIX && !c.question().equals(q.name());
                    if (single && c.combine() == Rule.ChoicePoints.Combine.SUM && c.points().values().stream()
                            .filter(p -> p > 0).count() > 1) {
                        found.add(where + path + ".choice_points.combine: " + c.question() + " takes one answer, so "
                                + "\"sum\" could never reach its maximum; use \"max\" (the default)");
                    }
                    Set<String> names = choiceNames(q, c.question());
                    if (!names.isEmpty()) {
                        c.points().keySet().stream().filter(n -> !names.contains(n)).sorted().forEach(n ->
                                found.add(where + path + ".choice_points.points." + n + ": " + c.question()
                                        + " has no choice " + n));
                    }
                });
            }
        } else if (rule instanceof Rule.Thresholds t) {
            checkQuestion(t.question(), path + ".thresholds.question", edition, where, found, true);
        } else if (rule instanceof Rule.AnyOf any) {
            {
                for (int k = 0; k < any.conditions().size(); k++) {
                    Rule.AnyOf.Condition condition = any.conditions().get(k);
                    String at = path + (path.endsWith("condition") ? "" : ".any_of") + ".conditions[" + k + "]";
                    checkQuestion(condition.question(), at + ".question", edition, where, found, false);
                    edition.question(condition.question()).ifPresent(q -> {
                        Set<String> names = choiceNames(q, condition.question());
                        if (!names.isEmpty()) {
                            condition.choices().stream().filter(n -> !names.contains(n)).sorted().forEach(n ->
                                    found.add(where + at + ".choices: " + condition.question() + " has no choice " + n));
                        }
                    });
                }
            }
        }
    }

    private static Set<String> choiceNames(org.plenum.assessment.Question question, String name) {
        if (question.type() == QuestionType.YES_NO) {
            return Set.of("yes", "no");
        }
        Set<String> names = new HashSet<>();
        question.choices().forEach(c -> names.add(c.name()));
        if (question.otherSpecify()) {
            names.add("other");
        }
        return names;
    }

    private static void checkQuestion(String name, String path, Edition edition, String where, List<String> found,
                                      boolean numeric) {
        Optional<org.plenum.assessment.Question> question = edition.question(name);
        if (question.isEmpty()) {
            found.add(where + path + ": the edition has no question " + name);
            return;
        }
        QuestionType type = question.get().type();
        boolean isNumber = type == QuestionType.INTEGER || type == QuestionType.DECIMAL;
        boolean isChoice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                || type == QuestionType.YES_NO || type == QuestionType.MATRIX;
        if (numeric && !isNumber) {
            found.add(where + path + ": " + name + " is a " + type + " question; thresholds need an integer or decimal");
        } else if (!numeric && !isChoice) {
            found.add(where + path + ": " + name + " is a " + type + " question; choice rules need a choice question");
        }
    }

    private Framework framework(JsonNode root) {
        if (!root.isObject()) {
            problems.add("$: must be an object");
            return null;
        }
        keys(root, "$", Set.of("code", "version", "questionnaire", "title", "description", "missing", "bands", "areas",
                "practices"));
        String code = code(root, "$", "code");
        String version = requiredString(root, "$", "version");
        String questionnaire = code(root, "$", "questionnaire");
        Text title = text(root.get("title"), "$.title", true);
        Text description = text(root.get("description"), "$.description", false);
        Framework.MissingPolicy missing = missing(root.get("missing"), "$.missing");
        List<Framework.Band> bands = bands(root.get("bands"), "$.bands");
        List<Framework.Area> areas = areas(root.get("areas"), "$.areas");
        List<Framework.Practice> practices = practices(root.get("practices"), "$.practices");
        if (!problems.isEmpty()) {
            return null;
        }
        return new Framework(code, version, questionnaire, title, description, areas, bands, missing, practices);
    }

    private Framework.MissingPolicy missing(JsonNode node, String path) {
        if (!object(node, path, true)) {
            return null;
        }
        keys(node, path, Set.of("treatment", "minimum_share_answered", "explanation"));
        String treatment = requiredString(node, path, "treatment");
        Framework.MissingPolicy.Treatment kind = null;
        if ("zero".equals(treatment)) {
            kind = Framework.MissingPolicy.Treatment.ZERO;
        } else if ("skip".equals(treatment)) {
            kind = Framework.MissingPolicy.Treatment.SKIP;
        } else if (treatment != null) {
            problems.add(path + ".treatment: must be \"zero\" or \"skip\" (was \"" + treatment + "\")");
        }
        double share = number(node, path, "minimum_share_answered", true).orElse(0);
        if (share < 0 || share > 1) {
            problems.add(path + ".minimum_share_answered: must be between 0 and 1 (was " + share + ")");
        }
        Text explanation = text(node.get("explanation"), path + ".explanation", true);
        return new Framework.MissingPolicy(kind, share, explanation);
    }

    private List<Framework.Band> bands(JsonNode node, String path) {
        List<Framework.Band> bands = new ArrayList<>();
        if (!array(node, path, true)) {
            return bands;
        }
        if (node.isEmpty()) {
            problems.add(path + ": must have at least one band");
        }
        Set<String> codes = new HashSet<>();
        Double previous = null;
        for (int b = 0; b < node.size(); b++) {
            String at = path + "[" + b + "]";
            JsonNode band = node.get(b);
            if (!object(band, at, true)) {
                continue;
            }
            keys(band, at, Set.of("from", "code", "label"));
            java.util.OptionalDouble from = number(band, at, "from", true);
            String code = code(band, at, "code");
            Text label = text(band.get("label"), at + ".label", true);
            if (code != null && !codes.add(code)) {
                problems.add(at + ".code: " + code + " is used by an earlier band");
            }
            if (from.isPresent()) {
                double value = from.getAsDouble();
                if (value < 1 || value > 10) {
                    problems.add(at + ".from: must be between 1 and 10 (was " + value + ")");
                }
                if (b == 0 && value > 1) {
                    problems.add(at + ".from: the first band must start at 1 so that every score has a band (was "
                            + value + ")");
                }
                if (previous != null && value <= previous) {
                    problems.add(at + ".from: bands must be in increasing order of from (" + value + " after "
                            + previous + ")");
                }
                previous = value;
                bands.add(new Framework.Band(value, code, label));
            }
        }
        return bands;
    }

    private List<Framework.Area> areas(JsonNode node, String path) {
        List<Framework.Area> areas = new ArrayList<>();
        if (!array(node, path, true)) {
            return areas;
        }
        if (node.isEmpty()) {
            problems.add(path + ": must have at least one area");
        }
        Set<String> areaCodes = new HashSet<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (int a = 0; a < node.size(); a++) {
            String at = path + "[" + a + "]";
            JsonNode area = node.get(a);
            if (!object(area, at, true)) {
                continue;
            }
            keys(area, at, Set.of("code", "title", "description", "weight", "indicators"));
            String code = code(area, at, "code");
            if (code != null && !areaCodes.add(code)) {
                problems.add(at + ".code: " + code + " is used by an earlier area");
            }
            Text title = text(area.get("title"), at + ".title", true);
            double weight = weight(area, at);
            List<Framework.Indicator> indicators = new ArrayList<>();
            JsonNode list = area.get("indicators");
            if (array(list, at + ".indicators", true)) {
                if (list.isEmpty()) {
                    problems.add(at + ".indicators: must have at least one indicator");
                }
                for (int i = 0; i < list.size(); i++) {
                    String ip = at + ".indicators[" + i + "]";
                    JsonNode indicator = list.get(i);
                    if (!object(indicator, ip, true)) {
                        continue;
                    }
                    keys(indicator, ip, Set.of("code", "title", "description", "weight", "rule"));
                    String ic = code(indicator, ip, "code");
                    if (ic != null && !indicatorCodes.add(ic)) {
                        problems.add(ip + ".code: " + ic + " is used by an earlier indicator");
                    }
                    Text it = text(indicator.get("title"), ip + ".title", true);
                    double iw = weight(indicator, ip);
                    Rule rule = rule(indicator.get("rule"), ip + ".rule");
                    indicators.add(new Framework.Indicator(ic, it, iw, rule));
                }
            }
            areas.add(new Framework.Area(code, title, weight, indicators));
        }
        return areas;
    }

    private List<Framework.Practice> practices(JsonNode node, String path) {
        List<Framework.Practice> practices = new ArrayList<>();
        if (node == null || !array(node, path, false)) {
            return practices;
        }
        Set<String> codes = new HashSet<>();
        for (int p = 0; p < node.size(); p++) {
            String at = path + "[" + p + "]";
            JsonNode practice = node.get(p);
            if (!object(practice, at, true)) {
                continue;
            }
            keys(practice, at, Set.of("code", "title", "description", "condition"));
            String code = code(practice, at, "code");
            if (code != null && !codes.add(code)) {
                problems.add(at + ".code: " + code + " is used by an earlier practice");
            }
            Text title = text(practice.get("title"), at + ".title", true);
            JsonNode condition = practice.get("condition");
            List<Rule.AnyOf.Condition> conditions = new ArrayList<>();
            if (object(condition, at + ".condition", true)) {
                keys(condition, at + ".condition", Set.of("conditions"));
                conditions = conditions(condition.get("conditions"), at + ".condition.conditions");
            }
            practices.add(new Framework.Practice(code, title, new Rule.AnyOf(conditions, 1)));
        }
        return practices;
    }

    private Rule rule(JsonNode node, String path) {
        if (!object(node, path, true)) {
            return null;
        }
        keys(node, path, Set.of("choice_points", "thresholds", "any_of"));
        if (node.size() != 1) {
            problems.add(path + ": must have exactly one of choice_points, thresholds, any_of (has " + node.size() + ")");
            return null;
        }
        String kind = node.propertyNames().iterator().next();
        JsonNode body = node.get(kind);
        String at = path + "." + kind;
        if (!object(body, at, true)) {
            return null;
        }
        return switch (kind) {
            case "choice_points" -> choicePoints(body, at);
            case "thresholds" -> thresholds(body, at);
            case "any_of" -> anyOf(body, at);
            default -> null;
        };
    }

    private Rule choicePoints(JsonNode node, String path) {
        keys(node, path, Set.of("question", "points", "combine", "cap"));
        String question = questionName(node, path);
        Map<String, Double> points = new LinkedHashMap<>();
        JsonNode map = node.get("points");
        if (object(map, path + ".points", true)) {
            if (map.isEmpty()) {
                problems.add(path + ".points: must give points to at least one choice");
            }
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                String at = path + ".points." + entry.getKey();
                if (!entry.getValue().isNumber()) {
                    problems.add(at + ": must be a number (was " + entry.getValue() + ")");
                } else if (entry.getValue().doubleValue() < 0) {
                    problems.add(at + ": must be 0 or more (was " + entry.getValue().doubleValue() + ")");
                } else {
                    points.put(entry.getKey(), entry.getValue().doubleValue());
                }
            }
            if (!points.isEmpty() && points.values().stream().allMatch(p -> p == 0)) {
                problems.add(path + ".points: at least one choice must give more than 0 points");
            }
        }
        Rule.ChoicePoints.Combine combine = Rule.ChoicePoints.Combine.MAX;
        if (node.has("combine")) {
            String value = node.get("combine").isString() ? node.get("combine").asString() : String.valueOf(node.get("combine"));
            if ("sum".equals(value)) {
                combine = Rule.ChoicePoints.Combine.SUM;
            } else if ("max".equals(value)) {
                combine = Rule.ChoicePoints.Combine.MAX;
            } else {
                problems.add(path + ".combine: must be \"sum\" or \"max\" (was " + node.get("combine") + ")");
            }
        }
        Optional<Double> cap = Optional.empty();
        if (node.has("cap")) {
            java.util.OptionalDouble value = number(node, path, "cap", true);
            if (value.isPresent() && value.getAsDouble() <= 0) {
                problems.add(path + ".cap: must be greater than 0 (was " + value.getAsDouble() + ")");
            } else if (value.isPresent()) {
                cap = Optional.of(value.getAsDouble());
            }
        }
        return new Rule.ChoicePoints(question, points, combine, cap);
    }

    private Rule thresholds(JsonNode node, String path) {
        keys(node, path, Set.of("question", "steps"));
        String question = questionName(node, path);
        List<Rule.Thresholds.Step> steps = new ArrayList<>();
        JsonNode list = node.get("steps");
        if (array(list, path + ".steps", true)) {
            if (list.isEmpty()) {
                problems.add(path + ".steps: must have at least one step");
            }
            Double previous = null;
            for (int s = 0; s < list.size(); s++) {
                String at = path + ".steps[" + s + "]";
                JsonNode step = list.get(s);
                if (!object(step, at, true)) {
                    continue;
                }
                keys(step, at, Set.of("at_least", "points"));
                java.util.OptionalDouble atLeast = number(step, at, "at_least", true);
                java.util.OptionalDouble points = number(step, at, "points", true);
                if (points.isPresent() && points.getAsDouble() < 0) {
                    problems.add(at + ".points: must be 0 or more (was " + points.getAsDouble() + ")");
                }
                if (atLeast.isPresent()) {
                    if (previous != null && atLeast.getAsDouble() <= previous) {
                        problems.add(at + ".at_least: steps must be in increasing order of at_least ("
                                + atLeast.getAsDouble() + " after " + previous + ")");
                    }
                    previous = atLeast.getAsDouble();
                }
                if (atLeast.isPresent() && points.isPresent()) {
                    steps.add(new Rule.Thresholds.Step(atLeast.getAsDouble(), points.getAsDouble()));
                }
            }
            if (!steps.isEmpty() && steps.stream().allMatch(s -> s.points() == 0)) {
                problems.add(path + ".steps: at least one step must give more than 0 points");
            }
        }
        return new Rule.Thresholds(question, steps);
    }

    private Rule anyOf(JsonNode node, String path) {
        keys(node, path, Set.of("conditions", "points"));
        List<Rule.AnyOf.Condition> conditions = conditions(node.get("conditions"), path + ".conditions");
        double points = number(node, path, "points", true).orElse(1);
        if (points <= 0) {
            problems.add(path + ".points: must be greater than 0 (was " + points + ")");
        }
        return new Rule.AnyOf(conditions, points);
    }

    private List<Rule.AnyOf.Condition> conditions(JsonNode list, String path) {
        List<Rule.AnyOf.Condition> conditions = new ArrayList<>();
        if (!array(list, path, true)) {
            return conditions;
        }
        if (list.isEmpty()) {
            problems.add(path + ": must have at least one condition");
        }
        for (int c = 0; c < list.size(); c++) {
            String at = path + "[" + c + "]";
            JsonNode condition = list.get(c);
            if (!object(condition, at, true)) {
                continue;
            }
            keys(condition, at, Set.of("question", "choices"));
            String question = questionName(condition, at);
            Set<String> choices = new LinkedHashSet<>();
            JsonNode names = condition.get("choices");
            if (array(names, at + ".choices", true)) {
                if (names.isEmpty()) {
                    problems.add(at + ".choices: must name at least one choice");
                }
                for (int n = 0; n < names.size(); n++) {
                    JsonNode name = names.get(n);
                    if (!name.isString() || name.asString().isBlank()) {
                        problems.add(at + ".choices[" + n + "]: must be a choice's name (was " + name + ")");
                    } else {
                        choices.add(name.asString());
                    }
                }
            }
            conditions.add(new Rule.AnyOf.Condition(question, choices));
        }
        return conditions;
    }

    private String questionName(JsonNode node, String path) {
        String name = requiredString(node, path, "question");
        if (name != null && !name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            problems.add(path + ".question: not a question name (was \"" + name + "\")");
        }
        return name;
    }

    private double weight(JsonNode node, String path) {
        java.util.OptionalDouble weight = number(node, path, "weight", true);
        if (weight.isPresent() && weight.getAsDouble() <= 0) {
            problems.add(path + ".weight: must be greater than 0 (was " + weight.getAsDouble() + ")");
        }
        return weight.orElse(1);
    }

    private Text text(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path + ": missing (an object of texts by language, e.g. {\"en\": …, \"fr\": …})");
            }
            return Text.NONE;
        }
        if (!node.isObject()) {
            problems.add(path + ": must be an object of texts by language (was " + kind(node) + ")");
            return Text.NONE;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = path + "." + entry.getKey();
            if (!LANGUAGE.matcher(entry.getKey()).matches()) {
                problems.add(at + ": not a language code");
            } else if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                problems.add(at + ": must be a non-empty text");
            } else {
                texts.put(entry.getKey(), entry.getValue().asString().strip());
            }
        }
        if (required && !texts.containsKey("en")) {
            problems.add(path + ".en: missing (every text has at least English)");
        }
        return new Text(texts);
    }

    private String code(JsonNode node, String path, String key) {
        String value = requiredString(node, path, key);
        if (value != null && !CODE.matcher(value).matches()) {
            problems.add(path + "." + key + ": must be lower-case letters, digits, '_', '-' or '.' (was \"" + value + "\")");
        }
        return value;
    }

    private String requiredString(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problems.add(path + "." + key + ": missing");
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(path + "." + key + ": must be a non-empty text (was " + value + ")");
            return null;
        }
        return value.asString().strip();
    }

    private java.util.OptionalDouble number(JsonNode node, String path, String key, boolean report) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (report) {
                problems.add(path + "." + key + ": missing");
            }
            return java.util.OptionalDouble.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            if (report) {
                problems.add(path + "." + key + ": must be a number (was " + value + ")");
            }
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(value.doubleValue());
    }

    private boolean object(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path + ": missing");
            }
            return false;
        }
        if (!node.isObject()) {
            problems.add(path + ": must be an object (was " + kind(node) + ")");
            return false;
        }
        return true;
    }

    private boolean array(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(path + ": missing");
            }
            return false;
        }
        if (!node.isArray()) {
            problems.add(path + ": must be an array (was " + kind(node) + ")");
            return false;
        }
        return true;
    }

    private void keys(JsonNode node, String path, Set<String> allowed) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                problems.add(path + "." + key + ": unknown key (expected one of " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "an array" : node.isObject() ? "an object" : node.isString() ? "a text"
                : node.isNumber() ? "a number" : node.isBoolean() ? "true/false" : node.toString();
    }
}
