package org.plenum.assessment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A respondent's answers: question name (or matrix row name, or {@code <name>_other}) to the answer in ODK's
 * submission encoding (see {@link QuestionType}). A question without an answer has no key; blank values are dropped.
 */
public record Answers(Map<String, String> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        });
        values = Map.copyOf(kept);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The choices selected in a single or multiple choice answer (empty when unanswered). */
    public Set<String> selected(String name) {
        return get(name).map(v -> Arrays.stream(v.split("\\s+")).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** These answers with {@code changes} applied (a blank value removes the answer): for drafts and the what-if. */
    public Answers with(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        changes.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return new Answers(merged);
    }
}
