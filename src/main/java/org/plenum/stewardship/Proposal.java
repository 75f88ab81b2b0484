package org.plenum.stewardship;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A correspondent's proposal of a new catalogue record — an AI-policy action, an AI use case, a request to join an
 * innovation hub — and its review (decision 0062). Stewardship keeps the workflow (states, versions, audit, the
 * e-mail to the submitter); what a proposal contains is the owning module's JSON document in {@link #payload()}, which
 * that module checks before it is sent and turns into its record on approval.
 *
 * @param kind          the {@link ProposalKind#code() kind}, e.g. {@code ai-action}, {@code ai-use-case},
 *                      {@code hub-join}
 * @param parliament    the parliament (country code, e.g. {@code CL}) the proposal is for; the submitter is bound to it
 * @param title         a one-line description shown in queues and e-mails
 * @param payload       the owning module's JSON document
 * @param submitter     the submitter's username (an e-mail address)
 * @param version       raised by every change: an edit or a review made on an older version is refused
 * @param reviewer      the username of the editor who decided or returned it
 * @param reviewComment the editor's comment (empty when none)
 * @param result        once approved: the site path of the record it became, e.g. {@code /ai/actions/a-0042}
 */
public record Proposal(long id, String kind, String parliament, String title, String payload, ProposalState state,
                       int version, long submitterId, String submitter, String submitterName, Instant submittedAt,
                       Optional<String> reviewer, Optional<Instant> reviewedAt, String reviewComment,
                       Optional<String> result) {

    public Proposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parliament, "parliament");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reviewComment, "reviewComment");
    }
}
