package org.plenum.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConcurrentPublishTest} on the embedded H2 database, shared by the processes through AUTO_SERVER. */
class ConcurrentPublishH2Test extends ConcurrentPublishTest {

    @TempDir
    Path dataDir;

    @Override
    List<String> databaseOptions() {
        return List.of("--PLENUM_DATA_DIR=" + dataDir);
    }

    @Override
    Connection connect() throws SQLException {
        return PlenumProcess.connectToEmbedded(dataDir);
    }
}
