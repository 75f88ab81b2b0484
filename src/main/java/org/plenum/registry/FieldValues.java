package org.plenum.registry;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks that a canonical value (see {@link FactValue}) fits its field's data type. */
public final class FieldValues {

    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FieldValues() {
    }

    /** Why the value does not fit the field, or empty when it does. */
    public static Optional<String> problem(Field field, String value, FieldCatalogue catalogue) {
        return switch (field.dataType()) {
            case INTEGER -> INTEGER.matcher(value).matches() ? Optional.empty()
                    : Optional.of("'" + value + "' is not a whole number of 0 or more");
            case DECIMAL, MONEY -> DECIMAL.matcher(value).matches() ? Optional.empty()
                    : Optional.of("'" + value + "' is not a decimal number such as 12.5");
            case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of("'" + value + "' is neither true nor false");
            case DATE -> date(value);
            case TAXONOMY_TERM -> field.taxonomy().flatMap(catalogue::taxonomy)
                    .map(t -> t.term(value).isPresent() ? Optional.<String>empty()
                            : Optional.of("'" + value + "' is not a term of the taxonomy " + t.id()))
                    .orElse(Optional.of("the field has no taxonomy"));
            case TRANSLATED_TEXT -> translated(value);
            case TEXT, REFERENCE -> value.isBlank() ? Optional.of("the value is empty") : Optional.empty();
        };
    }

    private static Optional<String> date(String value) {
        try {
            switch (value.length()) {
                case 4 -> YearMonth.parse(value + "-01");
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> {
                    return Optional.of("'" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
                }
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("'" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static Optional<String> translated(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            if (!node.isObject() || node.get("en") == null || !node.get("en").isString()) {
                return Optional.of("a translated text must be a JSON object with at least \"en\"");
            }
            for (var entry : node.properties()) {
                if (!entry.getValue().isString()) {
                    return Optional.of("the translation '" + entry.getKey() + "' is not a text");
                }
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.of("a translated text must be a JSON object with at least \"en\"");
        }
    }
}
