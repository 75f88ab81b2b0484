package org.plenum.registry;

import java.util.List;
import java.util.Optional;

/** The data dictionary: every field Plenum knows, and the taxonomies their terms come from. */
public interface FieldCatalogue {

    /** Version of the catalogue resource, e.g. {@code 2026.11.1}. */
    String version();

    List<Field> fields();

    Optional<Field> field(EntityType entity, String id);

    List<Field> fields(EntityType entity);

    List<Taxonomy> taxonomies();

    Optional<Taxonomy> taxonomy(String id);
}
