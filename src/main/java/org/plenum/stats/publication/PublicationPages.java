package org.plenum.stats.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What the publications pages show (module stats.publication; templates under {@code src/main/jte/stats/publication}). */
public final class PublicationPages {

    private PublicationPages() {
    }

    /** {@code /publications}: every report's months at their latest revision, and the compare form. */
    public record ListPage(List<Row> rows, List<String> reports) {
        public ListPage {
            rows = List.copyOf(rows);
            reports = List.copyOf(reports);
        }
    }

    /** One published month at its latest revision. */
    public record Row(String report, YearMonth month, int number, int revisions, Instant publishedAt) {
        public String path() {
            return "/publications/" + report + "/" + month;
        }

        public LocalDate publishedOn() {
            return publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    /**
     * {@code /publications/{report}/{month}}: one revision as it was frozen, every revision, and what this one changed.
     *
     * @param ranking  the frozen ranking's rows (women-ranking), empty for the averages
     * @param averages the frozen averages (women-averages), empty for the ranking
     */
    public record ViewPage(String report, YearMonth month, int number, int revision, int latestRevision, Instant publishedAt,
                           String publishedBy, long dataPublication, String digest, List<Row> revisions,
                           List<ChangeRow> changes, List<RankingRow> ranking, List<AverageRow> averages) {
        public ViewPage {
            revisions = List.copyOf(revisions);
            changes = List.copyOf(changes);
            ranking = List.copyOf(ranking);
            averages = List.copyOf(averages);
        }

        public String path() {
            return "/publications/" + report + "/" + month;
        }

        public LocalDate publishedOn() {
            return publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    /** A ranking row as published: rank as printed, country, lower or single chamber's seats, women and share. */
    public record RankingRow(String rank, String country, String seats, String women, String percent,
                             String upperSeats, String upperWomen, String upperPercent) {
    }

    /** An average as published: area, chambers, chambers counted, seats, women, share. */
    public record AverageRow(String area, String chambers, String count, String seats, String women, String percent) {
    }

    /**
     * One change, readable: the row's name, what changed ({@code listed} for a row newly or no longer listed,
     * {@code other} for figures the diff does not name), from what to what, already formatted for the reader.
     */
    public record ChangeRow(String id, String name, String field, String before, String after) {
    }

    /** Changes grouped by the row they are of (a country, an area), in the order of their first change. */
    public static List<List<ChangeRow>> byRow(List<ChangeRow> changes) {
        java.util.Map<String, List<ChangeRow>> groups = new java.util.LinkedHashMap<>();
        for (ChangeRow change : changes) {
            groups.computeIfAbsent(change.id(), id -> new java.util.ArrayList<>()).add(change);
        }
        return List.copyOf(groups.values());
    }

    /**
     * {@code /publications/{report}/compare}: what changed from one publication to another.
     *
     * @param entered rows listed in {@code to} only
     * @param left    rows listed in {@code from} only
     * @param changed figures that differ in rows listed in both
     */
    public record ComparePage(String report, Row from, int fromRevision, Row to, int toRevision, List<ChangeRow> entered,
                              List<ChangeRow> left, List<ChangeRow> changed, Optional<String> apiUrl) {
        public ComparePage {
            entered = List.copyOf(entered);
            left = List.copyOf(left);
            changed = List.copyOf(changed);
        }

        public int total() {
            return entered.size() + left.size() + changed.size();
        }
    }
}
