package org.plenum.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AssessmentStoreTests} on PostgreSQL, when one is given (see {@link PostgresOnly}). */
@PostgresOnly
class AssessmentStorePostgresTest extends AssessmentStoreTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        PostgresTestDatabase.register(properties, "plenum_assess");
        settings(properties);
    }
}
