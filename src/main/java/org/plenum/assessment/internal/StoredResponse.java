package org.plenum.assessment.internal;

import java.time.Instant;
import java.util.Optional;
import org.plenum.assessment.Response;

/**
 * A response with what the correspondents' workflow keeps beside it: who last saved it, when it was submitted, and
 * the editor's last review (who, when, the comment given with a return).
 */
public record StoredResponse(Response response, Optional<String> submitter, Optional<Instant> submittedAt,
                             Optional<String> reviewer, Optional<Instant> reviewedAt, String reviewComment) {
}
