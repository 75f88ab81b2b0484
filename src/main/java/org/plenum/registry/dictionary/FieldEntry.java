package org.plenum.registry.dictionary;

import java.util.Optional;
import org.plenum.registry.Field;
import org.plenum.registry.Taxonomy;

/** One field as its page shows it, with the taxonomy its terms come from; an id of several entity types has one each. */
public record FieldEntry(Field field, Optional<Taxonomy> taxonomy) {
}
