package org.plenum.registry;

/** Application event: a publication was committed (after the transaction). */
public record DataPublished(long publication, String description) {
}
