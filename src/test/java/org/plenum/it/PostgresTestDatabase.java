package org.plenum.it;

import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL database the tests are given ({@code -Dplenum.test.postgres.url}, {@code .user}, {@code .password};
 * see {@link PostgresOnly}), with a new schema per test class or test so that runs never see each other's data.
 *
 * @param schema the schema the tests' Plenum works in (made by Flyway)
 */
record PostgresTestDatabase(String schema) {

    /** A new schema named with the prefix and the time. */
    static PostgresTestDatabase newSchema(String prefix) {
        return new PostgresTestDatabase(prefix + "_" + System.nanoTime());
    }

    String url() {
        String url = System.getProperty(PostgresOnly.PROPERTY);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String user() {
        return System.getProperty("plenum.test.postgres.user", "plenum");
    }

    String password() {
        return System.getProperty("plenum.test.postgres.password", "plenum");
    }

    /** Plenum's settings for this database, by name. */
    Map<String, String> settings() {
        return Map.of("PLENUM_DB_URL", url(), "PLENUM_DB_USER", user(), "PLENUM_DB_PASSWORD", password(),
                "spring.flyway.schemas", schema);
    }

    /** Points a Spring test's application at a new schema of the given database (in a {@code @DynamicPropertySource}). */
    static void register(DynamicPropertyRegistry properties, String prefix) {
        PostgresTestDatabase database = newSchema(prefix);
        database.settings().forEach((name, value) -> properties.add(name, () -> value));
    }
}
