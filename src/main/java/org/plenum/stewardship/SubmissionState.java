package org.plenum.stewardship;

/** Where a submission is in its life: draft → submitted → approved (all or some items), returned or rejected. */
public enum SubmissionState {
    /** Saved by the correspondent, not yet sent: editable, resumable. */
    DRAFT,
    /** Sent for review: only an editor acts on it now. */
    SUBMITTED,
    /** Sent back by an editor with a comment: editable again, then submitted again. */
    RETURNED,
    /** Every item approved and written as facts. */
    APPROVED,
    /** Some items approved and written, the others not. */
    PARTLY_APPROVED,
    /** Refused as a whole, with the editor's comment; nothing written. */
    REJECTED;

    /** Whether the correspondent may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether an editor has decided on it. */
    public boolean decided() {
        return this == APPROVED || this == PARTLY_APPROVED || this == REJECTED;
    }

    /** Lower-case name, e.g. {@code partly_approved}: the API's value and the message keys' suffix. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
