package org.plenum.registry.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.FactValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A name in English and French, from a translated-text field ({@code {"en": .., "fr": ..}}). */
record TranslatedNames(String en, String fr) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The name in {@code lang} ({@code fr} or else English); the English name where no French one is recorded. */
    String in(String lang) {
        return "fr".equals(lang) && !fr.isEmpty() ? fr : en;
    }

    /** The latest value of the translated-text {@code field} of {@code record} at {@code knownAt}, if it has one. */
    static Optional<TranslatedNames> of(EntityRecord record, String field, Instant knownAt) {
        return record.latest(field, knownAt).flatMap(step -> step.value() instanceof FactValue.Present present
                ? parse(present.value()) : Optional.empty());
    }

    static Optional<TranslatedNames> parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            String en = node.path("en").asString("");
            if (en.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new TranslatedNames(en, node.path("fr").asString("")));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static TranslatedNames of(Map<String, String> byLanguage) {
        return new TranslatedNames(byLanguage.getOrDefault("en", ""), byLanguage.getOrDefault("fr", ""));
    }
}
