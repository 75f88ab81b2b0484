package org.plenum.aiwatch.usecases;

import java.util.List;
import org.plenum.aiwatch.UseCaseText;

/** A {@link UseCaseText}'s fields as a list, in the record's order, and their names for headings and files. */
final class UseCaseTexts {

    /** The fields' names in files, the API and the search index, in {@link UseCaseText}'s order. */
    static final List<String> FIELDS = List.of("title", "objective", "actors", "prerequisites", "scenario",
            "expected_results", "challenges", "data_requirements", "integrations", "success_metrics");

    private UseCaseTexts() {
    }

    static List<String> values(UseCaseText t) {
        return List.of(t.title(), t.objective(), t.actors(), t.prerequisites(), t.scenario(), t.expectedResults(),
                t.challenges(), t.dataRequirements(), t.integrations(), t.successMetrics());
    }

    static UseCaseText of(List<String> v) {
        return new UseCaseText(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8), v.get(9));
    }
}
