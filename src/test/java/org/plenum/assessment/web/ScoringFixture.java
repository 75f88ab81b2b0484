package org.plenum.assessment.web;

import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Responses;
import org.plenum.assessment.scoring.FrameworkCatalogue;
import org.plenum.assessment.scoring.SmallFramework;

/**
 * The website tests' framework {@code scoring-test} over questionnaire {@code scoring-test} edition 2024 with the six
 * synthetic respondents of {@link SmallFramework#respondents()}, stored idempotently (the test database is shared).
 */
final class ScoringFixture {

    static final String CODE = "scoring-test";

    private ScoringFixture() {
    }

    static void store(FrameworkCatalogue catalogue, Questionnaires questionnaires, Responses responses) {
        catalogue.store(SmallFramework.json(CODE, CODE, "zero", 0.5), "test:" + CODE + "-1.0.json");
        questionnaires.save(SmallFramework.edition(CODE, "2024"), "test");
        responses.importAccepted(CODE, "2024", SmallFramework.respondents(), "test:scoring", "test");
    }
}
