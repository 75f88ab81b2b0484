package org.plenum.hubs.internal;

import java.time.Instant;
import java.util.Optional;
import org.plenum.registry.WriterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled hub seed at start, once: the seed's key (the reader's version and the files' SHA-256) is kept in
 * {@code hub_seed_load}; the load runs in one transaction under the writer lock and looks again once it holds it, so
 * processes starting together on one database load it once. A seeded hub's descriptive columns follow the files;
 * seeded hosts, memberships and activities are inserted when missing (by their key) and never overwritten, so an
 * editor's change (a leave date, a new host) stays.
 */
@Component
class BundledHubs implements SmartInitializingSingleton {

    static final String NAME = "hubs";
    private static final Logger LOG = LoggerFactory.getLogger(BundledHubs.class);

    private final HubStore store;
    private final TransactionTemplate transactions;
    private final WriterLock writerLock;

    BundledHubs(HubStore store, TransactionTemplate transactions, WriterLock writerLock) {
        this.store = store;
        this.transactions = transactions;
        this.writerLock = writerLock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /** Loads the seed if this version of it was not loaded yet; returns whether it did. */
    boolean load() {
        HubSeed.Contents seed = HubSeed.read();
        if (store.seedLoaded(NAME, seed.sha256())) {
            return false;
        }
        Boolean loaded = transactions.execute(status -> {
            writerLock.acquire("loading the innovation hubs");
            if (store.seedLoaded(NAME, seed.sha256())) {
                return false;
            }
            Instant now = Instant.now();
            seed.hubs().forEach(hub -> store.upsertSeedHub(hub, now));
            for (HubSeed.Keyed<org.plenum.hubs.HubHost> host : seed.hosts()) {
                String hub = host.key().split(":")[1];
                if (!store.seedKeyExists("hub_host", host.key())) {
                    store.insertHost(hub, host.row(), Optional.of(host.key()));
                }
            }
            for (HubSeed.Keyed<org.plenum.hubs.HubMembership> member : seed.members()) {
                if (!store.seedKeyExists("hub_membership", member.key())) {
                    store.insertMembership(member.row(), Optional.empty(), Optional.of(member.key()));
                }
            }
            for (HubSeed.Keyed<org.plenum.hubs.HubActivity> activity : seed.activities()) {
                if (!store.seedKeyExists("hub_activity", activity.key())) {
                    store.insertActivity(activity.row(), Optional.of(activity.key()));
                }
            }
            store.recordSeed(NAME, seed.sha256(), now);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Innovation hubs loaded from the bundled seed: {} hubs, {} hosts, {} memberships, {} activities",
                    seed.hubs().size(), seed.hosts().size(), seed.members().size(), seed.activities().size());
        }
        return Boolean.TRUE.equals(loaded);
    }
}
