package org.plenum.aiwatch;

import java.util.Objects;

/**
 * A use case's words in one language, with IPU's use-case fields (decision 0062). Empty strings where the source
 * gives nothing; never invented.
 */
public record UseCaseText(String title, String objective, String actors, String prerequisites, String scenario,
                          String expectedResults, String challenges, String dataRequirements, String integrations,
                          String successMetrics) {

    public UseCaseText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(prerequisites, "prerequisites");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(expectedResults, "expectedResults");
        Objects.requireNonNull(challenges, "challenges");
        Objects.requireNonNull(dataRequirements, "dataRequirements");
        Objects.requireNonNull(integrations, "integrations");
        Objects.requireNonNull(successMetrics, "successMetrics");
    }
}
