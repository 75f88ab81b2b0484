package org.plenum.registry;

import java.util.Map;
import java.util.Optional;

/**
 * One entry of the field catalogue (the data dictionary).
 *
 * @param id              Parline's field name where one exists, e.g. {@code current_women_number}
 * @param unit            e.g. {@code persons}, {@code percent}, {@code years}; empty when none
 * @param precision       decimals shown for decimal fields, 0 otherwise
 * @param taxonomy        the taxonomy whose terms a {@link DataType#TAXONOMY_TERM} field takes
 * @param updateFrequency e.g. {@code monthly}, {@code after each election}, {@code rarely}
 * @param formula         for a computed field, how it is computed from other fields
 * @param label           label by language ({@code en}, {@code fr})
 * @param definition      definition by language ({@code en}, {@code fr})
 */
public record Field(String id, EntityType entity, DataType dataType, String unit, int precision,
                    Optional<String> taxonomy, SeriesKind seriesKind, String updateFrequency,
                    Optional<String> formula, Map<String, String> label, Map<String, String> definition) {

    public Field {
        label = Labels.of(label);
        definition = Labels.of(definition);
    }

    public boolean computed() {
        return formula.isPresent();
    }
}
