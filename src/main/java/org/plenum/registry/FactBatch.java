package org.plenum.registry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one import or one editor's submission states, written together or not at all.
 *
 * @param description what this batch is, e.g. {@code import ipu-ranking women-ranking-2025-11.csv};
 *                    it becomes the publication's description
 * @param knownSince  the record time its source attests, when earlier than the time of writing: a file's
 *                    publication date for the first load of the bundled dataset into an empty database (decision
 *                    0030); empty (recorded when written) for everything else. A fact that supersedes one recorded
 *                    later is recorded at that later time, so record times never run backwards.
 */
public record FactBatch(String description, List<EntityDeclaration> entities, List<FactAssertion> facts,
                        Optional<Instant> knownSince) {
    public FactBatch {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(knownSince, "knownSince");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** A batch recorded when it is written. */
    public FactBatch(String description, List<EntityDeclaration> entities, List<FactAssertion> facts) {
        this(description, entities, facts, Optional.empty());
    }
}
