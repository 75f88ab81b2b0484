package org.plenum.stewardship;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A correspondent's submission for one chamber and its fate.
 *
 * @param submitter     the submitter's username (an e-mail address)
 * @param submitterName the submitter's display name
 * @param version       raised by every change: a form or a review made on an older version is refused
 * @param reviewer      the username of the editor who decided, once decided or returned
 * @param publication   the data publication its approval made; empty until approved (or when it changed nothing)
 */
public record Submission(long id, String chamber, long submitterId, String submitter, String submitterName,
                         SubmissionState state, int version, Instant createdAt, Instant updatedAt,
                         Optional<Instant> submittedAt, Optional<Instant> reviewedAt, Optional<String> reviewer,
                         String reviewComment, OptionalLong publication, List<SubmissionItem> items) {

    public Submission {
        Objects.requireNonNull(chamber, "chamber");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewComment, "reviewComment");
        items = List.copyOf(items);
    }

    public List<ItemDraft> drafts() {
        return items.stream().map(SubmissionItem::draft).toList();
    }
}
