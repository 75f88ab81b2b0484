package org.plenum.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The integration tests on the embedded H2 file database, in a fresh data directory. */
class H2IntegrationTest extends RegistryIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-it-h2");
        properties.add("PLENUM_DATA_DIR", dataDir::toString);
    }

    /** The SDG report on the same application and database. */
    @Nested
    class SdgReports extends SdgReportTests {
    }

    /** Public Parline clients replayed on the same application and database (decision 0014). */
    @Nested
    class ParlineClients extends ParlineClientCompatibilityTests {
    }

    /** CORS, the OpenAPI document, the first start's publications and a one-off command, on the same application. */
    @Nested
    class FirstRun extends FirstRunTests {
    }

    /** Sessions in the database and the append-only audit log (accounts, decisions 0041 and 0043). */
    @Nested
    class Accounts extends AccountsIntegrationTests {
    }
}
