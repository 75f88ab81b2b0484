package org.plenum.hubs;

import java.util.Arrays;
import java.util.Locale;

/** What a hub's activity was. */
public enum ActivityKind {
    MEETING, WEBINAR, TRAINING, CONFERENCE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityKind of(String id) {
        for (ActivityKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + id + "\" is not an activity kind: "
                + String.join(", ", Arrays.stream(values()).map(ActivityKind::id).toList()));
    }
}
