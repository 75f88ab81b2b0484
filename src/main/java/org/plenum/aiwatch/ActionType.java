package org.plenum.aiwatch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed vocabulary of AI-policy action types (issue 14, decision 0062). The code is what files, the API and
 * addresses use.
 */
public enum ActionType {
    LAW("law"),
    BILL("bill"),
    RESOLUTION("resolution"),
    REPORT("report"),
    INQUIRY("inquiry"),
    /** A committee, sub-committee or working group set up on AI. */
    COMMITTEE("committee"),
    /** A guideline, code of conduct or internal policy on the parliament's own use of AI. */
    GUIDELINE("guideline"),
    /** A plenary or committee debate on AI policy. */
    DEBATE("debate"),
    OTHER("other");

    private final String code;

    ActionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActionType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
