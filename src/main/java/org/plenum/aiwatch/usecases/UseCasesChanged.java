package org.plenum.aiwatch.usecases;

/** Published inside a transaction that added or changed use cases; the search index is rebuilt once it commits. */
record UseCasesChanged(String what) {
}
