package org.plenum.stats;

import java.util.Arrays;
import java.util.Optional;

/** Which chambers an average is taken over. */
public enum ChamberGroup {
    /** Lower and single chambers ({@code CC-LC01}). */
    LOWER("lower"),
    /** Upper chambers ({@code CC-UC02}). */
    UPPER("upper"),
    /** Every chamber. */
    ALL("all");

    private final String id;

    ChamberGroup(String id) {
        this.id = id;
    }

    /** As written in the API: {@code lower}, {@code upper}, {@code all}. */
    public String id() {
        return id;
    }

    public static Optional<ChamberGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
