package org.plenum.registry.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.Field;
import org.plenum.registry.FactValue;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Taxonomy;
import org.plenum.registry.TimedValue;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes values in Parline's shapes: numbers as JSON numbers, booleans as booleans, translated text
 * as {@code {en, fr}}, taxonomy terms as {@code {term, label: {en, fr}}}; a single value as
 * {@code {value, missing_reason, annotation}}, a step of a series with {@code date_from}/{@code date_to}.
 */
@Component
class ValueRenderer {

    private static final TypeReference<Map<String, String>> TRANSLATIONS = new TypeReference<>() {
    };

    private final FieldCatalogue catalogue;
    private final JsonMapper json;

    ValueRenderer(FieldCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    Map<String, Object> single(Field field, Optional<TimedValue> step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", step.map(s -> typed(field, s.value())).orElse(null));
        out.put("missing_reason", step.flatMap(s -> missingReason(s.value())).orElse(null));
        out.put("annotation", step.map(TimedValue::annotation).filter(a -> !a.isEmpty()).orElse(null));
        return out;
    }

    Map<String, Object> step(Field field, TimedValue step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", typed(field, step.value()));
        out.put("date_from", step.from().map(Object::toString).orElse(null));
        out.put("date_to", step.to().map(Object::toString).orElse(null));
        out.put("missing_reason", missingReason(step.value()).orElse(null));
        out.put("annotation", step.annotation().isEmpty() ? null : step.annotation());
        out.put("source", step.source());
        return out;
    }

    private static Optional<String> missingReason(FactValue value) {
        return value instanceof FactValue.Missing missing ? Optional.of(missing.reason()) : Optional.empty();
    }

    /** The value as JSON: null when missing. */
    Object typed(Field field, FactValue value) {
        if (!(value instanceof FactValue.Present present)) {
            return null;
        }
        String text = present.value();
        return switch (field.dataType()) {
            case INTEGER -> Long.parseLong(text);
            case DECIMAL, MONEY -> new BigDecimal(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case TRANSLATED_TEXT -> json.readValue(text, TRANSLATIONS);
            case TAXONOMY_TERM -> term(field, text);
            case DATE -> parlineDate(field, text);
            default -> text;
        };
    }

    /**
     * Dates as Parline shows them where public clients read them: an election's {@code election_date} as
     * {@code {from, to}} ({@code to} null for an election held on one day), a chamber's {@code last_election} as
     * {@code {from}}; other dates as text (decision 0014).
     */
    private static Object parlineDate(Field field, String text) {
        String key = field.entity().id() + "." + field.id();
        if (key.equals("election.election_date")) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("from", text);
            range.put("to", null);
            return range;
        }
        if (key.equals("chamber.last_election")) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("from", text);
            return range;
        }
        return text;
    }

    private Map<String, Object> term(Field field, String termId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("term", ParlineView.parlineTerm(field.id(), termId));
        out.put("label", field.taxonomy().flatMap(catalogue::taxonomy).flatMap(t -> t.term(termId))
                .map(Taxonomy.Term::label).orElse(Map.of()));
        return out;
    }
}
