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
        PostgresTestDatabase.register(properties, "plenum_it");
    }

    /** The SDG report on the same application and database. */
    @Nested
    class SdgReports extends SdgReportTests {
    }

    /** Public Parline clients replayed on the same application and database (decision 0014). */
    @Nested
    class ParlineClients extends ParlineClientCompatibilityTests {
    }

    /** Sessions in the database and the append-only audit log (accounts, decisions 0041 and 0043). */
    @Nested
    class Accounts extends AccountsIntegrationTests {
    }
}
