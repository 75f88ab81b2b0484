package org.plenum.stewardship;

/** The editor's decision on one item of a submission. */
public enum ItemDecision {
    PENDING, APPROVED, NOT_APPROVED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
