package org.plenum.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plenum.registry.Field;

/**
 * The answer of the compare tool: for each chosen chamber, the field's value in each year of the range (the value
 * the chamber had last in that year, as IPU's compare files give it), as published at the record time asked for.
 *
 * @param years one column per year, oldest first
 * @param rows  one row per chamber, by country name then chamber code
 */
public record CompareResult(CompareQuery query, Field field, List<Integer> years, List<Row> rows) {

    public CompareResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(field, "field");
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** Whether the field's values are numbers (they can be drawn as a line, bars or a map). */
    public boolean numeric() {
        return field.dataType() == org.plenum.registry.DataType.INTEGER || field.dataType() == org.plenum.registry.DataType.DECIMAL;
    }

    /**
     * One chamber.
     *
     * @param countryName by language
     * @param chamberName by language
     * @param values      one per year of {@link #years()}; empty when the chamber had no value that year
     */
    public record Row(String countryCode, String chamberCode, Map<String, String> countryName,
                      Map<String, String> chamberName, List<Optional<Value>> values) {
        public Row {
            values = List.copyOf(values);
        }

        /** The value of the last year. */
        public Optional<Value> last() {
            return values.isEmpty() ? Optional.empty() : values.get(values.size() - 1);
        }
    }

    /**
     * One value.
     *
     * @param text          the value as written for a reader, by language (a taxonomy term's label, a translated
     *                      text's translation, a number as stored), or the missing reason
     * @param number        the value as a number, for numeric fields
     * @param missing       whether it is a documented absence ("No information available", "Not applicable")
     * @param from          when the value started to hold, when known ({@code 2021-03-01}, as stored)
     */
    public record Value(Map<String, String> text, Optional<BigDecimal> number, boolean missing, Optional<String> from) {
    }
}
