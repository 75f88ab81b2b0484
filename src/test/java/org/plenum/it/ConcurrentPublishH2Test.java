package org.plenum.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
        try {
            String password = Files.readString(dataDir.resolve("plenum.password")).strip();
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("plenum"), "sa", password);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }
}
