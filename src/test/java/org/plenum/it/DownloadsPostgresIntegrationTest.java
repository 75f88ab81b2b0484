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
        String schema = "plenum_downloads_it_" + System.currentTimeMillis();
        String url = System.getProperty("plenum.test.postgres.url");
        properties.add("PLENUM_DB_URL", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.add("PLENUM_DB_USER", () -> System.getProperty("plenum.test.postgres.user", "plenum"));
        properties.add("PLENUM_DB_PASSWORD", () -> System.getProperty("plenum.test.postgres.password", "plenum"));
        properties.add("spring.flyway.schemas", () -> schema);
    }
}
