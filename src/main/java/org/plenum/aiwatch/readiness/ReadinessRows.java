package org.plenum.aiwatch.readiness;

/** The rows of the readiness pages' lists and tables. */
public final class ReadinessRows {

    private ReadinessRows() {
    }

    /** A published profile in the list of {@code /ai/readiness}. */
    public record PublishedRow(String chamber, String chamberName, String overall, String level, String href) {
    }

    /** A chamber in the list of {@code /my/ai-readiness}: where its self-assessment stands. */
    public record MyRow(String chamber, String chamberName, String state, String href) {
    }

    /** What a level means, for the explanation. */
    public record LevelRow(String code, String label, String from, String meaning) {
    }
}
