package org.plenum.assessment;

/**
 * Where a response stands: a correspondent saves a {@code DRAFT} (and resumes it), {@code SUBMITTED} it for review;
 * an editor {@code ACCEPTED} it (it is scored and counted) or {@code RETURNED} it with a comment (the correspondent
 * edits and submits again). Imported and synthetic responses are stored {@code ACCEPTED}.
 */
public enum ResponseState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
