package org.plenum.exchange.parline;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.FieldValues;
import org.plenum.registry.Taxonomy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one value as Parline writes it into Plenum's canonical text for the field ({@link org.plenum.registry.FactValue}):
 * a number, a boolean, a text, a translated text {@code {en, fr}}, a taxonomy term {@code {term, label}} (or the bare
 * term), a date (or Parline's date range {@code {from, to}}: its start), money {@code {type, value}} (its amount).
 * A value that does not fit the field is refused with the reason; nothing is guessed.
 */
final class ParlineValues {

    /** The canonical text of a value, or why it does not fit. */
    sealed interface Converted {
        record Value(String text) implements Converted {
        }

        record Wrong(String reason) implements Converted {
        }
    }

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");

    private final FieldCatalogue catalogue;
    private final ParlineNames names;
    private final JsonMapper json;

    ParlineValues(FieldCatalogue catalogue, ParlineNames names, JsonMapper json) {
        this.catalogue = catalogue;
        this.names = names;
        this.json = json;
    }

    Converted convert(Field field, JsonNode value) {
        Converted converted = switch (field.dataType()) {
            case INTEGER -> integer(value);
            case DECIMAL, MONEY -> decimal(value);
            case BOOLEAN -> bool(value);
            case TEXT, REFERENCE -> text(value);
            case TRANSLATED_TEXT -> translated(value);
            case DATE -> date(value);
            case TAXONOMY_TERM -> term(field, value);
        };
        if (converted instanceof Converted.Value ok) {
            Optional<String> problem = FieldValues.problem(field, ok.text(), catalogue);
            if (problem.isPresent()) {
                return new Converted.Wrong(problem.get());
            }
        }
        return converted;
    }

    private static Converted integer(JsonNode value) {
        if (value.isIntegralNumber()) {
            return new Converted.Value(value.bigIntegerValue().toString());
        }
        if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            return new Converted.Value(value.decimalValue().toBigInteger().toString());
        }
        if (value.isString() && WHOLE.matcher(value.asString().trim()).matches()) {
            return new Converted.Value(new BigDecimal(value.asString().trim()).toBigInteger().toString());
        }
        return wrong(value, "is not a whole number");
    }

    private static Converted decimal(JsonNode value) {
        if (value.isObject() && value.has("value")) {
            return decimal(value.get("value"));
        }
        if (value.isNumber()) {
            return new Converted.Value(value.decimalValue().toPlainString());
        }
        if (value.isString()) {
            try {
                return new Converted.Value(new BigDecimal(value.asString().trim()).toPlainString());
            } catch (NumberFormatException e) {
                return wrong(value, "is not a number");
            }
        }
        return wrong(value, "is not a number");
    }

    private static Converted bool(JsonNode value) {
        if (value.isBoolean()) {
            return new Converted.Value(Boolean.toString(value.booleanValue()));
        }
        if (value.isString()) {
            String text = value.asString().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return new Converted.Value(text);
            }
        }
        return wrong(value, "is neither true nor false");
    }

    private static Converted text(JsonNode value) {
        if (value.isString() || value.isNumber()) {
            return new Converted.Value(value.asString());
        }
        if (value.isObject() && value.path("en").isString()) {
            return new Converted.Value(value.get("en").asString());
        }
        return wrong(value, "is not a text");
    }

    private Converted translated(JsonNode value) {
        if (value.isString()) {
            ObjectNode translations = json.createObjectNode();
            translations.put("en", value.asString());
            return new Converted.Value(json.writeValueAsString(translations));
        }
        if (value.isObject() && value.path("en").isString()) {
            ObjectNode translations = json.createObjectNode();
            for (var entry : value.properties()) {
                if (entry.getValue().isString()) {
                    translations.put(entry.getKey(), entry.getValue().asString());
                } else if (!entry.getValue().isNull()) {
                    return wrong(value, "has a translation '" + entry.getKey() + "' that is not a text");
                }
            }
            return new Converted.Value(json.writeValueAsString(translations));
        }
        return wrong(value, "is not a text in English and French ({\"en\": ..., \"fr\": ...})");
    }

    private static Converted date(JsonNode value) {
        if (value.isObject() && value.has("from")) {
            return date(value.get("from"));
        }
        if (value.isString()) {
            String text = value.asString().trim();
            return new Converted.Value(DATE_TIME.matcher(text).matches() ? text.substring(0, 10) : text);
        }
        if (value.isIntegralNumber()) {
            return new Converted.Value(value.asString());
        }
        return wrong(value, "is not a date");
    }

    private Converted term(Field field, JsonNode value) {
        JsonNode term = value.isObject() ? value.path("term") : value;
        if (!term.isString()) {
            return wrong(value, "is not a taxonomy term ({\"term\": ...})");
        }
        String id = term.asString().trim();
        Optional<Taxonomy> taxonomy = field.taxonomy().flatMap(catalogue::taxonomy);
        if (taxonomy.isEmpty() || taxonomy.get().term(id).isPresent()) {
            return new Converted.Value(id);
        }
        Optional<String> renamed = names.term(taxonomy.get().id(), id).filter(t -> taxonomy.get().term(t).isPresent());
        if (renamed.isPresent()) {
            return new Converted.Value(renamed.get());
        }
        // A term written by its label (e.g. gender "Female") is the term whose English label it is, case aside.
        for (Taxonomy.Term candidate : taxonomy.get().terms()) {
            if (candidate.id().equalsIgnoreCase(id) || id.equalsIgnoreCase(candidate.label().getOrDefault("en", ""))) {
                return new Converted.Value(candidate.id());
            }
        }
        return new Converted.Wrong("'" + id + "' is not a term of the taxonomy " + taxonomy.get().id());
    }

    private static Converted wrong(JsonNode value, String reason) {
        String shown = value.toString();
        return new Converted.Wrong((shown.length() > 80 ? shown.substring(0, 79) + "…" : shown) + " " + reason);
    }
}
