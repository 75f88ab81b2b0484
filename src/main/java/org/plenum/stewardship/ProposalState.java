package org.plenum.stewardship;

/**
 * Where a {@link Proposal} stands (decision 0062): {@code SENT} by a correspondent and waiting for an editor;
 * {@code RETURNED} to the correspondent with a comment (they edit and send it again); {@code APPROVED} (the owning
 * module wrote the record, {@link Proposal#result()} says where) or {@code REJECTED} with a comment. Approved and
 * rejected are final.
 */
public enum ProposalState {
    SENT, RETURNED, APPROVED, REJECTED
}
