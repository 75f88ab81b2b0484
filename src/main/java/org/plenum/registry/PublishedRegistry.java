package org.plenum.registry;

/** Gives the current snapshot of published data. */
public interface PublishedRegistry {

    Snapshot current();

    /** Reloads the snapshot now if the database holds a newer publication; returns the current one. */
    Snapshot refresh();
}
