package org.plenum.registry.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The change feed of the published data (decision 0047): every fact of the current snapshot as a {@link Change}, in
 * the order Plenum published them (publication, then fact number), with the value it replaced. The index is built
 * once per snapshot (the facts are in memory already; one query gives each fact's publication).
 */
@Component
public class ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final PublishedRegistry registry;
    private final JdbcTemplate jdbc;
    private final AtomicReference<ChangeIndex> current = new AtomicReference<>();

    ChangeFeed(PublishedRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** The changes after {@code cursor} that pass the filter, at most {@code limit}, in order. */
    public ChangePage after(ChangeCursor cursor, ChangeFilter filter, int limit) {
        return index().after(cursor, filter, limit);
    }

    /** The newest {@code limit} changes that pass the filter, newest first. */
    public List<Change> latest(ChangeFilter filter, int limit) {
        return index().latest(filter, limit);
    }

    /** The changes a data publication made that pass the filter, in order (none for a publication not yet loaded). */
    public List<Change> ofPublication(long publication, ChangeFilter filter) {
        return index().ofPublication(publication, filter);
    }

    /**
     * The publication that first published a fact about the entity (when it appeared in the data), or empty when
     * no fact about it is published.
     */
    public java.util.OptionalLong firstPublished(org.plenum.registry.EntityRef entity) {
        return index().firstPublication(entity);
    }

    /** The data publication the feed is at: that of the current snapshot. */
    public long publication() {
        return index().publication();
    }

    private ChangeIndex index() {
        Snapshot snapshot = registry.current();
        ChangeIndex index = current.get();
        if (index != null && index.publication() == snapshot.publication()) {
            return index;
        }
        synchronized (this) {
            index = current.get();
            if (index == null || index.publication() != snapshot.publication()) {
                long start = System.nanoTime();
                index = build(snapshot);
                current.set(index);
                log.info("Change feed at publication {}: {} changes indexed in {} ms", index.publication(), index.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return index;
        }
    }

    private ChangeIndex build(Snapshot snapshot) {
        List<long[]> rows = new ArrayList<>();
        jdbc.query("select id, recorded_in from fact where recorded_in <= ? order by id",
                rs -> {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }, snapshot.publication());
        long[] ids = new long[rows.size()];
        long[] pubs = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = rows.get(i)[0];
            pubs[i] = rows.get(i)[1];
        }
        return ChangeIndex.build(snapshot, ids, pubs);
    }
}
