package org.plenum.registry.changes;

import java.util.Set;
import org.plenum.registry.EntityType;

/**
 * Which changes to give: of these countries, entity types and fields (an empty set: all).
 *
 * @param countries   country codes, e.g. {@code ES}: changes to the country and to everything that belongs to it
 * @param entityTypes entity types
 * @param fields      field ids, e.g. {@code current_women_number}
 */
public record ChangeFilter(Set<String> countries, Set<EntityType> entityTypes, Set<String> fields) {

    public static final ChangeFilter ALL = new ChangeFilter(Set.of(), Set.of(), Set.of());

    public ChangeFilter {
        countries = Set.copyOf(countries);
        entityTypes = Set.copyOf(entityTypes);
        fields = Set.copyOf(fields);
    }

    /** The changes of one country. */
    public static ChangeFilter country(String code) {
        return new ChangeFilter(Set.of(code), Set.of(), Set.of());
    }

    public boolean test(Change change) {
        return (countries.isEmpty() || change.country().map(countries::contains).orElse(false))
                && (entityTypes.isEmpty() || entityTypes.contains(change.entity().type()))
                && (fields.isEmpty() || fields.contains(change.field()));
    }
}
