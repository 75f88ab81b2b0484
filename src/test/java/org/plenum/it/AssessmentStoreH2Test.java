package org.plenum.it;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AssessmentStoreTests} on the embedded H2 file database, in a fresh data directory. */
class AssessmentStoreH2Test extends AssessmentStoreTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        properties.add("PLENUM_DATA_DIR", Files.createTempDirectory("plenum-it-assessment")::toString);
        settings(properties);
    }
}
