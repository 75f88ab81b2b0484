package org.plenum.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The downloads' end-to-end tests on PostgreSQL, when {@code -Dplenum.test.postgres.url=jdbc:postgresql://…} is
 * given ({@code .ci/run} does). Each run uses a new schema.
 */
@PostgresOnly
class DownloadsPostgresIntegrationTest extends DownloadsIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        PostgresTestDatabase.register(properties, "plenum_downloads_it");
    }
}
