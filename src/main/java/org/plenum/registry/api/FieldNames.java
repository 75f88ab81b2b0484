package org.plenum.registry.api;

import java.util.List;
import java.util.Optional;
import org.plenum.registry.DataType;
import org.plenum.registry.EntityType;
import org.plenum.registry.FieldCatalogue;
import org.springframework.stereotype.Component;

/**
 * Which names the API accepts for fields and their parts: Plenum's catalogue and Parline's field names
 * ({@link ParlineCatalogue}).
 */
@Component
class FieldNames {

    private final FieldCatalogue catalogue;
    private final ParlineCatalogue parline;

    FieldNames(FieldCatalogue catalogue, ParlineCatalogue parline) {
        this.catalogue = catalogue;
        this.parline = parline;
    }

    boolean isField(EntityType type, String id) {
        return catalogue.field(type, id).isPresent() || parline.field(type, id).isPresent();
    }

    Optional<DataType> dataType(EntityType type, String id) {
        return catalogue.field(type, id).map(f -> f.dataType())
                .or(() -> parline.field(type, id).map(ParlineCatalogue.ParlineField::dataType));
    }

    /**
     * The parts a filter may name after a dot: {@code term} of a taxonomy term, {@code en}/{@code fr} of a translated
     * text, {@code from}/{@code to} of a date.
     */
    List<String> parts(EntityType type, String id) {
        if (id.equals("id")) {
            return List.of();
        }
        DataType dataType = dataType(type, id).orElseThrow();
        return switch (dataType) {
            case TAXONOMY_TERM -> List.of("term", "value");
            case TRANSLATED_TEXT -> List.of("en", "fr", "value");
            case DATE -> List.of("from", "to", "value");
            default -> List.of("value");
        };
    }
}
