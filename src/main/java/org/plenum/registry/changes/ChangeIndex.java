package org.plenum.registry.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.Snapshot;
import org.plenum.registry.StoredFact;

/**
 * Every change of one snapshot, in the feed's order (publication, then fact number), with the value each replaced.
 * Built once per snapshot; immutable.
 */
final class ChangeIndex {

    private static final Comparator<Change> ORDER = Comparator.comparingLong(Change::publication).thenComparingLong(Change::id);

    private final long publication;
    private final Change[] changes;
    private final Map<EntityRef, Long> firstPublication;

    private ChangeIndex(long publication, Change[] changes, Map<EntityRef, Long> firstPublication) {
        this.publication = publication;
        this.changes = changes;
        this.firstPublication = firstPublication;
    }

    /** The publication of the entity's first change, or empty when it has none. */
    java.util.OptionalLong firstPublication(EntityRef entity) {
        Long first = firstPublication.get(entity);
        return first == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(first);
    }

    long publication() {
        return publication;
    }

    int size() {
        return changes.length;
    }

    /**
     * @param publications the publication of each fact of the snapshot: fact numbers ascending in {@code ids}, their
     *                     publication at the same index in {@code pubs}
     */
    static ChangeIndex build(Snapshot snapshot, long[] ids, long[] pubs) {
        List<Change> all = new ArrayList<>(ids.length);
        Map<EntityRef, Optional<String>> countries = new HashMap<>();
        for (EntityType type : snapshot.types()) {
            for (EntityRecord entity : snapshot.all(type)) {
                Optional<String> country = countryOf(snapshot, entity, countries);
                for (String field : entity.recordedFields()) {
                    addChanges(entity, country, field, ids, pubs, all);
                }
            }
        }
        Change[] sorted = all.toArray(new Change[0]);
        Arrays.sort(sorted, ORDER);
        Map<EntityRef, Long> first = new HashMap<>();
        for (Change change : sorted) {
            first.putIfAbsent(change.entity(), change.publication());
        }
        return new ChangeIndex(snapshot.publication(), sorted, first);
    }

    private static void addChanges(EntityRecord entity, Optional<String> country, String field, long[] ids, long[] pubs,
                                   List<Change> out) {
        List<StoredFact> facts = entity.facts(field);
        long[] factPubs = new long[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            factPubs[i] = publicationOf(facts.get(i).id(), ids, pubs);
        }
        for (int i = 0; i < facts.size(); i++) {
            StoredFact fact = facts.get(i);
            // The facts of the field published before this one (in the feed's order), the latest for each start of valid time.
            StoredFact sameStart = null;
            StoredFact before = null;
            long beforePub = 0;
            for (int j = 0; j < facts.size(); j++) {
                StoredFact other = facts.get(j);
                if (!earlier(factPubs[j], other.id(), factPubs[i], fact.id())) {
                    continue;
                }
                if (other.validFrom().equals(fact.validFrom())) {
                    if (sameStart == null || other.id() > sameStart.id()) {
                        sameStart = other;
                    }
                } else if (fact.validFrom().isPresent() && startsBefore(other.validFrom(), fact.validFrom().get())) {
                    int byStart = before == null ? 1 : other.validFrom().orElse(LocalDate.MIN)
                            .compareTo(before.validFrom().orElse(LocalDate.MIN));
                    if (byStart > 0 || (byStart == 0 && earlier(beforePub, before.id(), factPubs[j], other.id()))) {
                        before = other;
                        beforePub = factPubs[j];
                    }
                }
            }
            Change.Kind kind;
            StoredFact replaced;
            if (sameStart != null) {
                kind = Change.Kind.CORRECTION;
                replaced = sameStart;
            } else if (before != null) {
                kind = Change.Kind.UPDATE;
                replaced = before;
            } else {
                kind = Change.Kind.ADDITION;
                replaced = null;
            }
            Optional<Change.Previous> previous = replaced == null ? Optional.empty() : Optional.of(new Change.Previous(
                    replaced.id(), replaced.value(), replaced.validFrom(), replaced.source()));
            out.add(new Change(fact.id(), factPubs[i], entity.ref(), country, field, kind, previous, fact.value(),
                    fact.validFrom(), fact.validTo(), fact.annotation(), fact.source(), fact.recordedAt(), fact.supersededAt()));
        }
    }

    /** Whether a start of valid time (empty: since always) is before {@code date}. */
    private static boolean startsBefore(Optional<LocalDate> start, LocalDate date) {
        return start.map(s -> s.isBefore(date)).orElse(true);
    }

    private static boolean earlier(long pubA, long idA, long pubB, long idB) {
        return pubA < pubB || (pubA == pubB && idA < idB);
    }

    private static long publicationOf(long factId, long[] ids, long[] pubs) {
        int at = Arrays.binarySearch(ids, factId);
        if (at < 0) {
            throw new IllegalStateException("fact " + factId + " of the snapshot has no publication");
        }
        return pubs[at];
    }

    private static Optional<String> countryOf(Snapshot snapshot, EntityRecord entity, Map<EntityRef, Optional<String>> known) {
        Optional<String> cached = known.get(entity.ref());
        if (cached != null) {
            return cached;
        }
        Optional<String> country = Optional.empty();
        EntityRecord at = entity;
        for (int depth = 0; depth < 8 && at != null; depth++) {
            if (at.ref().type() == EntityType.COUNTRY) {
                country = Optional.of(at.code());
                break;
            }
            Optional<EntityRef> parent = at.parent();
            at = parent.isPresent() && snapshot.types().contains(parent.get().type())
                    ? snapshot.get(parent.get()).orElse(null) : null;
        }
        known.put(entity.ref(), country);
        return country;
    }

    /** The first position after {@code cursor}. */
    private int positionAfter(ChangeCursor cursor) {
        int low = 0;
        int high = changes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            Change c = changes[mid];
            if (new ChangeCursor(c.publication(), c.id()).compareTo(cursor) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    ChangePage after(ChangeCursor cursor, ChangeFilter filter, int limit) {
        List<Change> page = new ArrayList<>(Math.min(limit, 1024));
        ChangeCursor next = cursor;
        boolean more = false;
        for (int i = positionAfter(cursor); i < changes.length; i++) {
            Change change = changes[i];
            if (!filter.test(change)) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(change);
            next = new ChangeCursor(change.publication(), change.id());
        }
        return new ChangePage(page, next, more, publication);
    }

    /** The latest {@code limit} changes that pass the filter, newest first. */
    List<Change> latest(ChangeFilter filter, int limit) {
        List<Change> found = new ArrayList<>(limit);
        for (int i = changes.length - 1; i >= 0 && found.size() < limit; i--) {
            if (filter.test(changes[i])) {
                found.add(changes[i]);
            }
        }
        return found;
    }

    /** The changes of one publication that pass the filter, in order. */
    List<Change> ofPublication(long publication, ChangeFilter filter) {
        List<Change> found = new ArrayList<>();
        for (int i = positionAfter(new ChangeCursor(publication - 1, Long.MAX_VALUE)); i < changes.length
                && changes[i].publication() == publication; i++) {
            if (filter.test(changes[i])) {
                found.add(changes[i]);
            }
        }
        return found;
    }
}
