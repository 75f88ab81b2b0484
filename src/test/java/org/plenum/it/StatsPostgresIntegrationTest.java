package org.plenum.it;

import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The statistics' end-to-end tests on PostgreSQL, when {@code -Dplenum.test.postgres.url=jdbc:postgresql://…} is
 * given ({@code .ci/run} does). Each run uses a new schema.
 */
@PostgresOnly
class StatsPostgresIntegrationTest extends StatsIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        PostgresTestDatabase.register(properties, "plenum_stats_it");
    }

    /** The monthly publications on the same application and database. */
    @Nested
    class Publications extends PublicationTests {
    }
}
