package org.plenum.stewardship.proposals;

import java.util.List;
import org.plenum.stewardship.SubmissionConflictException;

/**
 * A step on a proposal made from an older version than the stored one (someone changed it meanwhile): the
 * {@link SubmissionConflictException} that {@link org.plenum.stewardship.Proposals} promises, with a message about
 * versions (a proposal has no published values to conflict with). Nothing was written.
 */
class ProposalVersionException extends SubmissionConflictException {

    private final String message;

    ProposalVersionException(long id, int version, int stored) {
        super(id, List.of());
        this.message = "proposal #" + id + " was changed since you opened it (version " + version + ", now " + stored
                + "): open it again";
    }

    @Override
    public String getMessage() {
        return message;
    }
}
