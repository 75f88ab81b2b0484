package org.plenum.aiwatch.actions;

import java.time.Instant;
import java.util.List;

/**
 * One version of an action (decision 0065): who made it, when, why, and which fields changed from the version
 * before ({@code added}: none, the action was new).
 */
public record ActionVersion(String actionId, int version, Instant changedAt, String changedBy, String kind, String origin,
                            List<FieldChange> changes, ActionRecord record) {

    public ActionVersion {
        changes = List.copyOf(changes);
    }

    public boolean added() {
        return "added".equals(kind);
    }

    /** A field's value before and after, as the download files write it (empty: none). */
    public record FieldChange(String field, String before, String after) {
    }
}
