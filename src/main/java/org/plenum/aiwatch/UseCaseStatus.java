package org.plenum.aiwatch;

import java.util.Arrays;
import java.util.Optional;

/** How far a parliament has taken an AI use case (issue 14, decision 0062). */
public enum UseCaseStatus {
    IDEA("idea"),
    PILOT("pilot"),
    IN_PRODUCTION("in-production"),
    RETIRED("retired"),
    /** The source does not say (most of IPU's published use cases). */
    UNKNOWN("unknown");

    private final String code;

    UseCaseStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<UseCaseStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
