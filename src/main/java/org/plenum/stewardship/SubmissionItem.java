package org.plenum.stewardship;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An item of a submission as stored: what was stated, the published fact it was based on when it was last saved
 * (for the diff and for optimistic concurrency at approval) and the editor's decision.
 *
 * @param position   1, 2, … within the submission
 * @param baseFact   the published fact in effect at the item's date when it was saved; empty when there was none
 * @param baseValue  that fact's value (a missing value as its reason in brackets); empty when there was none
 */
public record SubmissionItem(int position, ItemDraft draft, OptionalLong baseFact, Optional<String> baseValue,
                             ItemDecision decision, String decisionNote) {

    public SubmissionItem {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(baseFact, "baseFact");
        Objects.requireNonNull(baseValue, "baseValue");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decisionNote, "decisionNote");
    }
}
