package org.plenum.aiwatch.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.assessment.Text;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommended next steps of the AI readiness self-assessment (decision 0070): the bundled file
 * {@code aiwatch/readiness/recommendations.json}, read strictly at start (every problem named by file and JSON path), in
 * English and French. Each step belongs to one dimension (a framework area), applies at one or more levels (framework
 * bands), may address particular indicators (the gaps it closes) and links to use cases of the library by their ids.
 */
@Component
public class ReadinessRecommendations {

    static final String FILE = "aiwatch/readiness/recommendations.json";

    /** What a level means, in words. */
    public record Level(String code, Text meaning) {
    }

    /**
     * One next step.
     *
     * @param indicators the indicators whose gap it addresses (empty: general advice for its levels)
     * @param useCases   ids of use cases of the library ({@code aiwatch.UseCases}) that fit it
     */
    public record Step(String code, String dimension, List<String> levels, List<String> indicators, Text title,
                       Text text, List<String> useCases) {
        public Step {
            levels = List.copyOf(levels);
            indicators = List.copyOf(indicators);
            useCases = List.copyOf(useCases);
        }
    }

    private final Text about;
    private final String source;
    private final String framework;
    private final List<Level> levels;
    private final List<Step> steps;

    ReadinessRecommendations() {
        this(read(FILE));
    }

    private ReadinessRecommendations(Document document) {
        this.about = document.about;
        this.source = document.source;
        this.framework = document.framework;
        this.levels = document.levels;
        this.steps = document.steps;
    }

    /** Reads a recommendations document from the classpath; {@link IllegalStateException} lists every problem. */
    static ReadinessRecommendations of(String json, String file) {
        return new ReadinessRecommendations(parse(json, file));
    }

    public Text about() {
        return about;
    }

    public String source() {
        return source;
    }

    /** The framework whose areas and bands the steps name. */
    public String framework() {
        return framework;
    }

    public List<Level> levels() {
        return levels;
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * The steps for one dimension of a profile: first those addressing one of its {@code gaps} (indicators scoring
     * low) at its level or a lower one, in the order of the gaps; then the others of its level, in the file's order.
     *
     * @param levelOrder the framework's band codes from the lowest up
     */
    public List<Step> forDimension(String dimension, String level, List<String> levelOrder, List<String> gaps) {
        int at = levelOrder.indexOf(level);
        List<Step> chosen = new ArrayList<>();
        for (String gap : gaps) {
            for (Step step : steps) {
                if (step.dimension().equals(dimension) && step.indicators().contains(gap) && !chosen.contains(step)
                        && step.levels().stream().anyMatch(l -> levelOrder.indexOf(l) <= at && levelOrder.contains(l))) {
                    chosen.add(step);
                }
            }
        }
        for (Step step : steps) {
            if (step.dimension().equals(dimension) && step.levels().contains(level) && !chosen.contains(step)) {
                chosen.add(step);
            }
        }
        return chosen;
    }

    // ---- reading

    private record Document(Text about, String source, String framework, List<Level> levels, List<Step> steps) {
    }

    private static Document read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Document parse(String json, String file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException(file + ": not JSON: " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        keys(root, "$", Set.of("about", "source", "framework", "levels", "steps"), problems);
        Text about = text(root.get("about"), "$.about", problems);
        String source = string(root.get("source"), "$.source", problems);
        String framework = string(root.get("framework"), "$.framework", problems);
        List<Level> levels = new ArrayList<>();
        JsonNode levelNodes = root.get("levels");
        if (levelNodes == null || !levelNodes.isArray() || levelNodes.isEmpty()) {
            problems.add("$.levels: must be a list of at least one level");
        } else {
            for (int i = 0; i < levelNodes.size(); i++) {
                String at = "$.levels[" + i + "]";
                JsonNode l = levelNodes.get(i);
                keys(l, at, Set.of("code", "meaning"), problems);
                levels.add(new Level(string(l.get("code"), at + ".code", problems),
                        text(l.get("meaning"), at + ".meaning", problems)));
            }
        }
        Set<String> levelCodes = new HashSet<>();
        levels.forEach(l -> levelCodes.add(l.code()));
        List<Step> steps = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        JsonNode stepNodes = root.get("steps");
        if (stepNodes == null || !stepNodes.isArray() || stepNodes.isEmpty()) {
            problems.add("$.steps: must be a list of at least one step");
        } else {
            for (int i = 0; i < stepNodes.size(); i++) {
                String at = "$.steps[" + i + "]";
                JsonNode s = stepNodes.get(i);
                keys(s, at, Set.of("code", "dimension", "levels", "indicators", "title", "text", "use_cases"), problems);
                String code = string(s.get("code"), at + ".code", problems);
                if (!code.isEmpty() && !codes.add(code)) {
                    problems.add(at + ".code: '" + code + "' is used by an earlier step");
                }
                List<String> stepLevels = strings(s.get("levels"), at + ".levels", true, problems);
                for (String level : stepLevels) {
                    if (!levelCodes.contains(level)) {
                        problems.add(at + ".levels: '" + level + "' is not one of the levels " + levelCodes);
                    }
                }
                steps.add(new Step(code, string(s.get("dimension"), at + ".dimension", problems), stepLevels,
                        strings(s.get("indicators"), at + ".indicators", false, problems),
                        text(s.get("title"), at + ".title", problems), text(s.get("text"), at + ".text", problems),
                        strings(s.get("use_cases"), at + ".use_cases", false, problems)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + String.join("; ", problems));
        }
        return new Document(about, source, framework, List.copyOf(levels), List.copyOf(steps));
    }

    private static void keys(JsonNode node, String path, Set<String> allowed, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": must be an object");
            return;
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(path + "." + name + ": unknown key (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String string(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            problems.add(path + ": must be a text that is not empty");
            return "";
        }
        return node.asString();
    }

    private static List<String> strings(JsonNode node, String path, boolean required, List<String> problems) {
        if (node == null) {
            if (required) {
                problems.add(path + ": missing (a list of codes)");
            }
            return List.of();
        }
        if (!node.isArray() || (required && node.isEmpty())) {
            problems.add(path + ": must be a list of codes" + (required ? ", at least one" : ""));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(string(node.get(i), path + "[" + i + "]", problems));
        }
        return values;
    }

    private static Text text(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": must be an object with the texts in English (en) and French (fr)");
            return Text.NONE;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : List.of("en", "fr")) {
            texts.put(language, string(node.get(language), path + "." + language, problems));
        }
        keys(node, path, Set.of("en", "fr"), problems);
        return new Text(texts);
    }
}
