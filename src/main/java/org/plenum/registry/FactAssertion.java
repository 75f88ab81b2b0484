package org.plenum.registry;

import java.util.Objects;

/**
 * What an importer or an editor states: "field F of entity E had value V during valid time T,
 * according to source S". The fact store turns assertions into facts: a new one is added, an
 * identical one changes nothing, a different value for the same entity, field and start of valid
 * time supersedes the earlier fact (which is kept, with the time it was superseded).
 *
 * @param annotation a note shown with the value (empty when none)
 * @param source     where the value comes from: dataset, file and row, or the user who submitted it
 */
public record FactAssertion(EntityRef entity, String field, ValidTime validTime, FactValue value,
                            String annotation, String source) {
    public FactAssertion {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(validTime, "validTime");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(source, "source");
    }

    public static FactAssertion of(EntityRef entity, String field, ValidTime validTime, FactValue value, String source) {
        return new FactAssertion(entity, field, validTime, value, "", source);
    }
}
