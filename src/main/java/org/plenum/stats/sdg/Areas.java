package org.plenum.stats.sdg;

import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Taxonomy;
import org.plenum.stats.SdgArea;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The areas of SDG observations: a country (its code, M49 code and English name on the reference date) and the IPU
 * regions ({@code region}, taxonomy {@code ipu_region}) it is aggregated into.
 */
final class Areas {

    private static final TypeReference<Map<String, String>> TRANSLATIONS = new TypeReference<>() {
    };

    private final RegistryAtDate at;
    private final FieldCatalogue catalogue;
    private final JsonMapper json;

    Areas(RegistryAtDate at, FieldCatalogue catalogue, JsonMapper json) {
        this.at = at;
        this.catalogue = catalogue;
        this.json = json;
    }

    SdgArea country(EntityRecord country) {
        return new SdgArea(SdgArea.Kind.COUNTRY, country.code(), at.present(country, "m49_code"), name(country));
    }

    /** The IPU region of the country on the reference date, when recorded. */
    Optional<SdgArea> region(EntityRecord country) {
        return at.present(country, "region").map(term -> new SdgArea(SdgArea.Kind.REGION, term, Optional.empty(),
                catalogue.taxonomy("ipu_region").flatMap(t -> t.term(term)).map(Taxonomy.Term::label)
                        .map(label -> label.getOrDefault("en", term)).orElse(term)));
    }

    private String name(EntityRecord country) {
        return at.present(country, "country_name").map(text -> {
            try {
                return json.readValue(text, TRANSLATIONS).getOrDefault("en", country.code());
            } catch (JacksonException e) {
                return country.code();
            }
        }).orElse(country.code());
    }
}
