package org.plenum.aiwatch.usecases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCaseStatus;
import org.plenum.aiwatch.UseCaseText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A use case as a correspondent proposes it: the form's fields, checked, and the proposal's payload (a JSON document
 * of these fields, the {@code ai-use-case} kind's own). English is required (title, objective, scenario, expected
 * results at least); French is optional, but a French text needs its title.
 *
 * @param fields form field → value, for every field of {@link #FORM_FIELDS} (empty when not given)
 */
public record ProposedUseCase(Map<String, String> fields) {

    /** The form's fields: the use case's facts, then each text field in English ({@code en_…}) and French. */
    public static final List<String> FORM_FIELDS;
    /** The English fields a proposal must fill. */
    static final List<String> REQUIRED_ENGLISH = List.of("title", "objective", "scenario", "expected_results");
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 5000;
    private static final Pattern ACTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");
    private static final Pattern CHAMBER = Pattern.compile("[A-Z]{2,4}-[A-Z]{2}\\d{2}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        List<String> fields = new ArrayList<>(List.of("parliament", "chamber", "category", "status", "date",
                "related"));
        for (String language : List.of("en", "fr")) {
            UseCaseTexts.FIELDS.forEach(f -> fields.add(language + "_" + f));
        }
        FORM_FIELDS = List.copyOf(fields);
    }

    public ProposedUseCase {
        Map<String, String> copy = new LinkedHashMap<>();
        for (String field : FORM_FIELDS) {
            String value = fields.get(field);
            copy.put(field, value == null ? "" : value.strip().replace("\r\n", "\n"));
        }
        fields = Map.copyOf(copy);
    }

    /** A problem of one field: its message key and arguments, shown next to the field. */
    public record Problem(String field, String key, List<Object> args) {
    }

    /** What the library knows to check a proposal against. */
    interface Checks {
        boolean category(String code);

        /** Whether the chamber is one of the parliament's in the registry. */
        boolean chamberOf(String parliament, String chamber);

        /** Whether an AI-policy action exists; empty when the tracker is not there to ask. */
        Optional<Boolean> action(String id);
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    /** The problems of this proposal, in the form's order; none when it can be sent. */
    List<Problem> problems(Checks checks) {
        List<Problem> problems = new ArrayList<>();
        String parliament = get("parliament");
        if (parliament.isEmpty()) {
            problems.add(new Problem("parliament", "usecases.check.required", List.of()));
        }
        String chamber = get("chamber");
        if (!chamber.isEmpty() && (!CHAMBER.matcher(chamber).matches() || !checks.chamberOf(parliament, chamber))) {
            problems.add(new Problem("chamber", "usecases.check.chamber", List.of(chamber, parliament)));
        }
        if (!checks.category(get("category"))) {
            problems.add(new Problem("category", "usecases.check.category", List.of()));
        }
        if (UseCaseStatus.ofCode(get("status")).isEmpty()) {
            problems.add(new Problem("status", "usecases.check.status", List.of()));
        }
        if (!get("date").isEmpty()) {
            try {
                PartialDate.parse(get("date"));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("date", "usecases.check.date", List.of(get("date"))));
            }
        }
        for (String id : related()) {
            if (!ACTION_ID.matcher(id).matches() || checks.action(id).map(exists -> !exists).orElse(false)) {
                problems.add(new Problem("related", "usecases.check.related", List.of(id)));
                break;
            }
        }
        for (String field : REQUIRED_ENGLISH) {
            if (get("en_" + field).isEmpty()) {
                problems.add(new Problem("en_" + field, "usecases.check.required", List.of()));
            }
        }
        boolean anyFrench = UseCaseTexts.FIELDS.stream().anyMatch(f -> !get("fr_" + f).isEmpty());
        if (anyFrench && get("fr_title").isEmpty()) {
            problems.add(new Problem("fr_title", "usecases.check.frenchTitle", List.of()));
        }
        for (String language : List.of("en", "fr")) {
            for (String field : UseCaseTexts.FIELDS) {
                String name = language + "_" + field;
                int max = field.equals("title") ? MAX_TITLE : MAX_TEXT;
                if (get(name).length() > max) {
                    problems.add(new Problem(name, "usecases.check.tooLong", List.of(max, get(name).length())));
                } else if (field.equals("title") && get(name).contains("\n")) {
                    problems.add(new Problem(name, "usecases.check.oneLine", List.of()));
                }
            }
        }
        return List.copyOf(problems);
    }

    List<String> related() {
        String related = get("related");
        return related.isEmpty() ? List.of() : Arrays.stream(related.split("[\\s,;]+")).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    UseCaseText text(String language) {
        return UseCaseTexts.of(UseCaseTexts.FIELDS.stream().map(f -> get(language + "_" + f)).toList());
    }

    /** The use case this proposal becomes, under {@code id}. */
    LibraryEntry entry(String id, String chamberAsNamed, Instant now) {
        boolean french = !get("fr_title").isEmpty();
        UseCase useCase = new UseCase(id, get("category"), false, get("parliament"),
                get("chamber").isEmpty() ? Optional.empty() : Optional.of(get("chamber")),
                get("date").isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(get("date"))),
                UseCaseStatus.ofCode(get("status")).orElseThrow(), text("en"),
                french ? Optional.of(text("fr")) : Optional.empty(), related(), "", false, now, now);
        return new LibraryEntry(useCase, chamberAsNamed);
    }

    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", "ai-use-case/1");
        FORM_FIELDS.forEach(f -> node.put(f, get(f)));
        return JSON.writeValueAsString(node);
    }

    /** Reads a payload written by {@link #toJson()}; refuses anything else, saying why. */
    static ProposedUseCase fromJson(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (!"ai-use-case/1".equals(node.path("format").asString(""))) {
                throw new IllegalArgumentException("the payload is not an ai-use-case/1 document");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            FORM_FIELDS.forEach(f -> fields.put(f, node.path(f).asString("")));
            return new ProposedUseCase(fields);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
