package org.plenum.stewardship;

import java.util.List;

/**
 * An approval refused because items conflict with values published since they were based on them: nothing was
 * written. The editor may look at the conflicts and approve again, stating that the new values replace them.
 */
public class SubmissionConflictException extends RuntimeException {

    private final List<Conflict> conflicts;

    public SubmissionConflictException(long submission, List<Conflict> conflicts) {
        super("submission #" + submission + " conflicts with values published since: " + conflicts.stream()
                .map(c -> c.field() + " is now " + c.value() + " (" + c.source() + ", recorded " + c.recordedAt() + ")")
                .toList());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
