package org.plenum.it;

import org.junit.jupiter.api.Nested;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The statistics' end-to-end tests on the embedded H2 file database, in a fresh data directory. */
class StatsH2IntegrationTest extends StatsIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-stats-it-h2");
        properties.add("PLENUM_DATA_DIR", dataDir::toString);
    }

    /** The monthly publications on the same application and database. */
    @Nested
    class Publications extends PublicationTests {
    }
}
