package org.plenum.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link ConcurrentPublishTest} on PostgreSQL, when {@code -Dplenum.test.postgres.url=jdbc:postgresql://…} is given,
 * in a new schema.
 */
@EnabledIfSystemProperty(named = "plenum.test.postgres.url", matches = "jdbc:postgresql:.+")
class ConcurrentPublishPostgresTest extends ConcurrentPublishTest {

    private final String schema = "plenum_cp_" + System.nanoTime();

    private static String user() {
        return System.getProperty("plenum.test.postgres.user", "plenum");
    }

    private static String password() {
        return System.getProperty("plenum.test.postgres.password", "plenum");
    }

    private String url() {
        String url = System.getProperty("plenum.test.postgres.url");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    List<String> databaseOptions() {
        return List.of("--PLENUM_DB_URL=" + url(), "--PLENUM_DB_USER=" + user(), "--PLENUM_DB_PASSWORD=" + password(),
                "--spring.flyway.schemas=" + schema);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }
}
