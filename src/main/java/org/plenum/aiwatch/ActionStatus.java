package org.plenum.aiwatch;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an AI-policy action stands (decision 0062). The publisher's own words are kept beside it as
 * {@link PolicyAction#statusNote()} (e.g. "passed Senate; sent to Chamber of Deputies").
 */
public enum ActionStatus {
    /** Tabled, launched or set up; nothing decided yet. */
    INTRODUCED("introduced"),
    /** Being examined, or a body or process at work. */
    ONGOING("ongoing"),
    ADOPTED("adopted"),
    IN_FORCE("in-force"),
    /** A report, inquiry or working group that finished its work. */
    COMPLETED("completed"),
    /** Lapsed, withdrawn or rejected: did not become what it was meant to. */
    LAPSED("lapsed"),
    /** The source does not say. */
    UNKNOWN("unknown");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActionStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
