package org.plenum.registry;

/**
 * The system of record for entities and facts. Writes are atomic: a batch is written whole, in one
 * transaction, under one new publication number, or not at all.
 */
public interface FactStore {

    /**
     * Writes a batch. New facts are added; a fact identical to the current one for the same entity,
     * field and start of valid time changes nothing; a different one supersedes it (the earlier fact
     * stays, marked superseded). Assertions that break the field catalogue are not written and come
     * back in {@link BatchResult#rejected()}.
     *
     * @throws InvalidBatchException when the batch cannot be written as a whole (an entity whose
     *                               parent does not exist, two different values for the same fact)
     */
    BatchResult apply(FactBatch batch);
}
