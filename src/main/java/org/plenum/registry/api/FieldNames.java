package org.plenum.registry.api;

import java.util.List;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.springframework.stereotype.Component;

/** Which names the API accepts for fields and their parts, from the field catalogue. */
@Component
class FieldNames {

    private final FieldCatalogue catalogue;

    FieldNames(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    boolean isField(EntityType type, String id) {
        return catalogue.field(type, id).isPresent();
    }

    /** The parts a filter may name after a dot: {@code term} of a taxonomy term, {@code en}/{@code fr} of a translated text. */
    List<String> parts(EntityType type, String id) {
        if (id.equals("id")) {
            return List.of();
        }
        Field field = catalogue.field(type, id).orElseThrow();
        if (field.dataType() == DataType.TAXONOMY_TERM) {
            return List.of("term", "value");
        }
        if (field.dataType() == DataType.TRANSLATED_TEXT) {
            return List.of("en", "fr", "value");
        }
        return List.of("value");
    }
}
