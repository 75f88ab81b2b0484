package org.plenum.it;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FeedAndNotificationsTests} on the embedded H2 file database, in a fresh data directory. */
class FeedAndNotificationsH2Test extends FeedAndNotificationsTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        properties.add("PLENUM_DATA_DIR", Files.createTempDirectory("plenum-it-notifications")::toString);
        settings(properties);
    }
}
