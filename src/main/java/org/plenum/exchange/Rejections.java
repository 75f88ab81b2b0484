package org.plenum.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rejections of a reader that streams a file (docs/decisions/0028): the first {@value #KEPT} one by one, the
 * others only counted by reason ({@link ImportReport#reasonOf}), so that a file of millions of bad rows needs no more
 * memory than one of a few hundred. Reasons beyond {@value #MAX_REASONS} different ones are counted together.
 */
public final class Rejections {

    /** As many as the report lists one by one. */
    static final int KEPT = ImportReport.MAX_LISTED;
    static final int MAX_REASONS = 1_000;
    static final String OTHER_REASONS = "(other reasons, not told apart)";

    private final List<RejectedRow> kept = new ArrayList<>();
    private final Map<String, Long> beyond = new HashMap<>();

    public void add(RejectedRow rejected) {
        if (kept.size() < KEPT) {
            kept.add(rejected);
            return;
        }
        String reason = ImportReport.reasonOf(rejected.toString());
        if (beyond.size() >= MAX_REASONS && !beyond.containsKey(reason)) {
            reason = OTHER_REASONS;
        }
        beyond.merge(reason, 1L, Long::sum);
    }

    /** The first rejections, one by one. */
    public List<RejectedRow> kept() {
        return kept;
    }

    /** The rejections after the first ones, counted by reason. */
    public Map<String, Long> beyond() {
        return beyond;
    }
}
