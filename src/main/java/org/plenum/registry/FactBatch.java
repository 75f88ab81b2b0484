package org.plenum.registry;

import java.util.List;
import java.util.Objects;

/**
 * Everything one import or one editor's submission states, written together or not at all.
 *
 * @param description what this batch is, e.g. {@code import ipu-ranking women-ranking-2025-11.csv};
 *                    it becomes the publication's description
 */
public record FactBatch(String description, List<EntityDeclaration> entities, List<FactAssertion> facts) {
    public FactBatch {
        Objects.requireNonNull(description, "description");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
