package org.plenum.registry.dictionary;

import java.util.List;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;

/** The fields of one entity type, in catalogue order: one section of the data dictionary page. */
public record EntityFields(EntityType entity, List<Field> fields) {
}
