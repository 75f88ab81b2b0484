package org.plenum.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The downloads' end-to-end tests on the embedded H2 file database, in a fresh data directory. */
class DownloadsH2IntegrationTest extends DownloadsIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-downloads-it-h2");
        properties.add("PLENUM_DATA_DIR", dataDir::toString);
    }
}
