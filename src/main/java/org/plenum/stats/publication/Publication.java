package org.plenum.stats.publication;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of a report's monthly publication.
 *
 * @param number          the publication's number among the report's publications (1 for the first month ever
 *                        published), the same for all its revisions
 * @param revision        1 for the first freeze, then one more for each correction that changed the content
 * @param dataPublication the data publication (snapshot) the content was computed from
 * @param publishedBy     who or what published it: the monthly schedule, a correction, an editor's command
 * @param digest          SHA-256 of the content, hex
 * @param content         the frozen report: the JSON array of the report's resources, as the report endpoint gives
 *                        them; empty when only the summary was read
 * @param changes         the JSON array of changes against the previous revision; empty for revision 1
 */
public record Publication(PublishedReport report, YearMonth month, int number, int revision, long dataPublication,
                          Instant publishedAt, String publishedBy, String digest, Optional<String> content,
                          Optional<String> changes) {

    public Publication {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(changes, "changes");
    }

    /** {@code women-ranking/2025-11}. */
    public String id() {
        return report.id() + "/" + month;
    }
}
