package org.plenum.stewardship.internal;

import java.time.Instant;

/** A current (not superseded) fact as the database holds it now, read for the concurrency check of an approval. */
public record PublishedFact(long id, String value, String source, Instant recordedAt) {
}
