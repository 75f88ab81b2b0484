package org.plenum.stats.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.stats.MonthRange;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.api.ReportDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly publications of the women ranking and averages: a report of a month is frozen, as computed from the
 * current data publication, as revision 1; when the data change so that the report computed again differs, a new
 * revision is added with the list of changes. Nothing is ever updated or deleted. Safe with several nodes: the
 * database accepts one revision N of a report's month, and a node that loses the race reads the winner's.
 * See {@code docs/decisions/0012-monthly-publications.md}.
 */
@Service
public class ReportPublications {

    private static final Logger log = LoggerFactory.getLogger(ReportPublications.class);

    /** What {@link #publish} did. */
    public enum Outcome {
        /** The month's first revision was written. */
        PUBLISHED,
        /** The content had changed: a new revision was written. */
        REVISED,
        /** The latest revision holds the same content: nothing was written. */
        UNCHANGED,
        /** Another node wrote this revision at the same time: nothing was written here. */
        PUBLISHED_ELSEWHERE
    }

    /** The result of a publication attempt: what happened, the latest revision, and its changes in words. */
    public record Result(Outcome outcome, Publication publication, List<String> changes) {
    }

    /** The latest revision of every publication, kept in memory, and how many revisions the table held then. */
    private record Listed(long revisions, List<Publication> latest) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Listed> listed = new java.util.concurrent.atomic.AtomicReference<>();
    private final PublicationStore store;
    private final RepresentationStatistics statistics;
    private final PublishedRegistry registry;
    private final JsonMapper json;
    /** The same JSON with the entries of every map in key order: the digest does not depend on a map's iteration order. */
    private final JsonMapper canonical;

    ReportPublications(PublicationStore store, RepresentationStatistics statistics, PublishedRegistry registry, JsonMapper json) {
        this.store = store;
        this.statistics = statistics;
        this.registry = registry;
        this.json = json;
        this.canonical = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    /**
     * Freezes the report of {@code month} from the latest data: revision 1 if the month was never published, a new
     * revision if the content differs from the latest one, nothing otherwise.
     *
     * @throws IllegalArgumentException when the month has no statistics (before the first data, or in the future)
     */
    public Result publish(PublishedReport report, YearMonth month, String publishedBy) {
        Snapshot snapshot = registry.refresh();
        Optional<MonthRange> months = statistics.months(snapshot, EntityRecord.LATEST);
        if (months.isEmpty() || !months.get().contains(month)) {
            throw new IllegalArgumentException("There is no " + report.id() + " for " + month + ": "
                    + months.map(r -> "the months with data are " + r + ".").orElse("no chamber figures are published."));
        }
        Object resources = content(report, snapshot, month);
        String content = json.writeValueAsString(resources);
        String digest = sha256(canonical.writeValueAsString(resources));
        for (int attempt = 0; ; attempt++) {
            Optional<Publication> latest = store.latest(report, month);
            if (latest.isPresent() && latest.get().digest().equals(digest)) {
                return new Result(Outcome.UNCHANGED, latest.get(), List.of());
            }
            List<PublicationDiff.Change> changes = latest.map(l -> PublicationDiff.between(report,
                    json.readTree(l.content().orElseThrow()), json.readTree(content))).orElse(List.of());
            Publication next = new Publication(report, month, latest.map(Publication::number).orElseGet(() -> store.nextNumber(report)),
                    latest.map(l -> l.revision() + 1).orElse(1), snapshot.publication(), Instant.now(), publishedBy,
                    digest, Optional.of(content), latest.isPresent() ? Optional.of(json.writeValueAsString(changes)) : Optional.empty());
            if (store.insert(next)) {
                reload();
                List<String> described = changes.stream().map(PublicationDiff::describe).toList();
                log.info("Published {} revision {} (data publication {}, {}){}", next.id(), next.revision(), next.dataPublication(),
                        publishedBy, described.isEmpty() ? "" : ": " + described.size() + " changes");
                return new Result(latest.isPresent() ? Outcome.REVISED : Outcome.PUBLISHED, next, described);
            }
            // Another node wrote this revision (or took this number for another month) meanwhile: look again.
            Optional<Publication> winner = store.latest(report, month);
            if (winner.isPresent() && winner.get().revision() >= next.revision() && winner.get().digest().equals(digest)) {
                return new Result(Outcome.PUBLISHED_ELSEWHERE, winner.get(), List.of());
            }
            if (attempt == 2) {
                throw new IllegalStateException("Could not publish " + next.id() + ": other nodes kept publishing at the same time");
            }
        }
    }

    /** The scheduled publication: each report of the current month, if not yet published. */
    public List<Result> publishCurrentMonth(String publishedBy) {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        List<Result> results = new ArrayList<>();
        for (PublishedReport report : PublishedReport.values()) {
            if (store.latest(report, month).isEmpty()) {
                results.add(publish(report, month, publishedBy));
            }
        }
        return results;
    }

    /**
     * Each report of the month the newest chamber figures describe (the month of the latest IPU ranking imported,
     * e.g. the bundled November 2025), if not yet published: a fresh install has the publication its data were
     * made for, not only the current month's (decision 0025).
     */
    public List<Result> publishNewestDataMonth(String publishedBy) {
        List<Result> results = new ArrayList<>();
        Optional<YearMonth> month = statistics.newestDataMonth(registry.refresh());
        if (month.isPresent()) {
            for (PublishedReport report : PublishedReport.values()) {
                if (store.latest(report, month.get()).isEmpty()) {
                    results.add(publish(report, month.get(), publishedBy));
                }
            }
        }
        return results;
    }

    /** Computes every published month again and adds a revision wherever the content changed. */
    public List<Result> reviseAll(String publishedBy) {
        List<Result> results = new ArrayList<>();
        for (Publication publication : store.latestOfEach()) {
            Result result = publish(publication.report(), publication.month(), publishedBy);
            if (result.outcome() == Outcome.REVISED) {
                results.add(result);
            }
        }
        return results;
    }

    /** Whether anything was ever published (so that a data change may call for revisions). */
    boolean anyPublished() {
        return !store.latestOfEach().isEmpty();
    }

    /** The latest revision of every publication, without content, read from the database now. */
    public List<Publication> list() {
        return store.latestOfEach();
    }

    /**
     * The latest revision of every publication, without content, as this process last read it: read again after
     * each publication of this process and when the poll sees one made elsewhere (a command, another node). For the
     * home page, which must not wait for the database; the API and the publications' pages read the database (and
     * fail fast in an outage, decision 0021).
     */
    public List<Publication> listFromMemory() {
        Listed now = listed.get();
        return now != null ? now.latest() : reload().latest();
    }

    /**
     * How many revisions have been published so far, from memory (revisions are only ever added): the version of
     * the monthly publications that cached pages are keyed by. {@code -1} before the first look at the database.
     */
    public long revisionCount() {
        Listed now = listed.get();
        return now == null ? -1 : now.revisions();
    }

    /** Reads the publications again if their number moved (one small query otherwise). */
    synchronized Listed reload() {
        long revisions = store.count();
        Listed now = listed.get();
        if (now == null || now.revisions() != revisions) {
            now = new Listed(revisions, List.copyOf(store.latestOfEach()));
            listed.set(now);
        }
        return now;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.web.server.context.WebServerInitializedEvent.class)
    void onServerStarted() {
        reload();
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${plenum.snapshot-poll-interval}",
            initialDelayString = "${plenum.snapshot-poll-interval}")
    void poll() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.warn("Could not check the monthly publications: {}", e.getMessage());
        }
    }

    /** The latest revision of a report's month, with content. */
    public Optional<Publication> latest(PublishedReport report, YearMonth month) {
        return store.latest(report, month);
    }

    /** A given revision of a report's month, with content. */
    public Optional<Publication> revision(PublishedReport report, YearMonth month, int revision) {
        return store.revision(report, month, revision);
    }

    /** Every revision of a report's month, without content, oldest first. */
    public List<Publication> revisions(PublishedReport report, YearMonth month) {
        return store.revisions(report, month);
    }

    /**
     * The revision of a report's month that was in force at {@code knownAt}: the last one published by then, with
     * content; empty when the month had not been published yet.
     */
    public Optional<Publication> asPublishedOn(PublishedReport report, YearMonth month, Instant knownAt) {
        return store.revisions(report, month).stream().filter(r -> !r.publishedAt().isAfter(knownAt))
                .reduce((first, second) -> second).flatMap(r -> store.revision(report, month, r.revision()));
    }

    /**
     * What changed from one publication to another (two revisions of a month, or two months of a report): the
     * figures of each row that differ, rows newly listed and rows no longer listed, in the order of {@code to}.
     */
    List<PublicationDiff.Change> compare(Publication from, Publication to) {
        if (from.report() != to.report()) {
            throw new IllegalArgumentException("cannot compare " + from.report().id() + " with " + to.report().id());
        }
        return PublicationDiff.between(to.report(), json.readTree(from.content().orElseThrow()),
                json.readTree(to.content().orElseThrow()));
    }

    /** The changes stored with a revision, parsed. */
    JsonNode changes(Publication publication) {
        return json.readTree(publication.changes().orElse("[]"));
    }

    private Object content(PublishedReport report, Snapshot snapshot, YearMonth month) {
        return switch (report) {
            case WOMEN_RANKING -> ReportDocuments.rankingRows(statistics.womenRanking(snapshot, month, EntityRecord.LATEST));
            case WOMEN_AVERAGES -> ReportDocuments.averagesRows(
                    statistics.womenAverages(snapshot, month, EntityRecord.LATEST).averages());
        };
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
