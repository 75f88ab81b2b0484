package org.plenum.registry.internal.store;

import java.util.concurrent.atomic.AtomicReference;
import org.plenum.registry.DataPublished;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Holds the current snapshot and swaps it atomically when the publication sequence in the database
 * moves: at once after a local publication, and by polling for publications made by another
 * process or node (the command-line importer, another server). Nodes share nothing but the database.
 */
@Component
class SnapshotHolder implements PublishedRegistry, DataVersion {

    private static final Logger log = LoggerFactory.getLogger(SnapshotHolder.class);

    private final SnapshotLoader loader;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    SnapshotHolder(SnapshotLoader loader) {
        this.loader = loader;
    }

    @Override
    public Snapshot current() {
        Snapshot snapshot = current.get();
        return snapshot != null ? snapshot : refresh();
    }

    /** The publication of the current snapshot, without loading one: {@link #NONE} before the first load. */
    @Override
    public long currentVersion() {
        Snapshot snapshot = current.get();
        return snapshot != null ? snapshot.publication() : NONE;
    }

    @Override
    public synchronized Snapshot refresh() {
        Snapshot snapshot = current.get();
        long latest = loader.latestPublication();
        if (snapshot == null || latest != snapshot.publication()) {
            long start = System.nanoTime();
            snapshot = loader.load();
            current.set(snapshot);
            log.info("Snapshot at publication {} loaded in {} ms", snapshot.publication(), (System.nanoTime() - start) / 1_000_000);
        }
        return snapshot;
    }

    /** A server loads its snapshot before its first request; a command-line run only when something reads it. */
    @EventListener(WebServerInitializedEvent.class)
    void onServerStarted() {
        refresh();
    }

    @TransactionalEventListener
    void onPublished(DataPublished event) {
        if (current.get() != null) {
            refresh();
        }
    }

    @Scheduled(fixedDelayString = "${plenum.snapshot-poll-interval}", initialDelayString = "${plenum.snapshot-poll-interval}")
    void poll() {
        if (current.get() == null) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not check the publication sequence: {}", e.getMessage());
        }
    }
}
