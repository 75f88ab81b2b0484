package org.plenum.registry;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the fact store did with a batch.
 *
 * @param publication the publication sequence number the batch was recorded under; empty when the
 *                    batch changed nothing (re-running an import publishes nothing)
 * @param rejected    assertions refused by the field catalogue, each with the fact's source and the reason
 */
public record BatchResult(OptionalLong publication, int entitiesAdded, int added, int changed, int unchanged,
                          List<String> rejected) {
    public BatchResult {
        rejected = List.copyOf(rejected);
    }
}
