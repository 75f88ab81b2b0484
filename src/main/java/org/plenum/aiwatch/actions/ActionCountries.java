package org.plenum.aiwatch.actions;

import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * What the tracker shows and filters by for an action's country, from the published registry as the digital-maturity
 * pages read it: its name, its IPU region ({@code region}, taxonomy {@code ipu_region}) and its World Bank income
 * group ({@code income_group}, taxonomy {@code income_group}). {@code EU} (the European Parliament) is no country of
 * the registry: it has a name and neither region nor income group.
 */
@Component
public class ActionCountries {

    /** The income groups from lowest to highest (as the digital-maturity pages order them). */
    public static final List<String> INCOME_ORDER = List.of("low_income", "lower_middle_income", "upper_middle_income",
            "high_income");

    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;

    ActionCountries(PublishedRegistry registry, FieldCatalogue catalogue) {
        this.registry = registry;
        this.catalogue = catalogue;
    }

    public String name(String country, String language) {
        if (country.equals("EU")) {
            return language.equals("fr") ? "Union européenne" : "European Union";
        }
        return record(country).flatMap(c -> c.text("country_name", language, EntityRecord.LATEST)).orElse(country);
    }

    public Optional<String> region(String country) {
        return record(country).flatMap(c -> c.latestValue("region", EntityRecord.LATEST));
    }

    public Optional<String> incomeGroup(String country) {
        return record(country).flatMap(c -> c.latestValue("income_group", EntityRecord.LATEST));
    }

    public boolean exists(String country) {
        return country.equals("EU") || record(country).isPresent();
    }

    /** The IPU regions' codes, in the taxonomy's order. */
    public List<String> regionCodes() {
        return catalogue.taxonomy("ipu_region").map(t -> t.terms().stream().map(Taxonomy.Term::id).toList())
                .orElse(List.of());
    }

    public String regionName(String code, String language) {
        return term("ipu_region", code, language);
    }

    public String incomeName(String code, String language) {
        return term("income_group", code, language);
    }

    private String term(String taxonomy, String code, String language) {
        return catalogue.taxonomy(taxonomy).flatMap(t -> t.term(code))
                .map(t -> t.label().getOrDefault(language, t.label().getOrDefault("en", code))).orElse(code);
    }

    private Optional<EntityRecord> record(String country) {
        return registry.current().get(EntityRef.country(country));
    }
}
