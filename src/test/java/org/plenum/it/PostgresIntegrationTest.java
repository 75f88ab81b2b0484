package org.plenum.it;

import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The integration tests on PostgreSQL, when {@code -Dplenum.test.postgres.url=jdbc:postgresql://…} is given
 * ({@code .ci/run} does). Each run uses a new schema, so runs never see each other's data.
 */
@PostgresOnly
class PostgresIntegrationTest extends RegistryIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        String schema = "plenum_it_" + System.currentTimeMillis();
        String url = System.getProperty("plenum.test.postgres.url");
        properties.add("PLENUM_DB_URL", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.add("PLENUM_DB_USER", () -> System.getProperty("plenum.test.postgres.user", "plenum"));
        properties.add("PLENUM_DB_PASSWORD", () -> System.getProperty("plenum.test.postgres.password", "plenum"));
        properties.add("spring.flyway.schemas", () -> schema);
    }

    /** The SDG report on the same application and database. */
    @Nested
    class SdgReports extends SdgReportTests {
    }

    /** Public Parline clients replayed on the same application and database (decision 0014). */
    @Nested
    class ParlineClients extends ParlineClientCompatibilityTests {
    }
}
