package org.plenum.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the database's schema is already the one this jar's migrations make: Flyway's schema history lists
 * exactly the versions of the jar's migration files (in {@code spring.flyway.locations}, {@code {vendor}} resolved),
 * each applied with success. One query, no Flyway set-up: a one-off command skips Flyway's validation and migration
 * then (decision 0037). Anything else (an empty database, a newer or older jar, a failed migration, a repeatable or
 * callback script, a location outside the class path, a history that cannot be read) answers {@code false}, and
 * Flyway runs as usual. The migrations' checksums are not compared: {@code serve} always runs Flyway, whose
 * validation reports a migration edited after it was applied.
 */
public final class SchemaHistory {

    private static final Logger log = LoggerFactory.getLogger(SchemaHistory.class);
    /** A versioned migration file: {@code V<version>__<description>.sql}, the version's parts separated by {@code _} or {@code .}. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    private SchemaHistory() {
    }

    public static boolean isCurrent(DataSource dataSource, Environment environment) {
        try (Connection connection = dataSource.getConnection()) {
            String vendor = DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
            Set<MigrationVersion> expected = jarVersions(environment, vendor);
            if (expected.isEmpty()) {
                return false;
            }
            List<MigrationVersion> applied = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select \"version\", \"type\", \"success\" from " + table(environment)
                         + " where \"version\" is not null")) {
                while (rows.next()) {
                    if (!rows.getBoolean(3) || !(rows.getString(2).equals("SQL") || rows.getString(2).equals("JDBC"))) {
                        return false;
                    }
                    applied.add(MigrationVersion.fromVersion(rows.getString(1)));
                }
            }
            return applied.size() == expected.size() && new HashSet<>(applied).equals(expected);
        } catch (SQLException | IOException | RuntimeException e) {
            log.debug("The schema history could not be compared with the jar's migrations: Flyway runs", e);
            return false;
        }
    }

    /** The versions of the jar's migration files; empty when a location or a file is one this check does not know. */
    static Set<MigrationVersion> jarVersions(Environment environment, String vendor) throws IOException {
        String[] locations = environment.getProperty("spring.flyway.locations", String[].class,
                new String[] {"classpath:db/migration"});
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<MigrationVersion> versions = new HashSet<>();
        for (String location : locations) {
            String path = location.strip().replace("{vendor}", vendor);
            if (!path.startsWith("classpath:")) {
                return Set.of();
            }
            path = path.substring("classpath:".length()).replaceAll("^/+|/+$", "");
            for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*.sql")) {
                String name = resource.getFilename();
                if (name == null) {
                    return Set.of();
                }
                Matcher versioned = VERSIONED.matcher(name);
                if (!versioned.matches() || !versions.add(MigrationVersion.fromVersion(versioned.group(1).replace('_', '.')))) {
                    return Set.of(); // a repeatable, undo or callback script, another file, or a version twice
                }
            }
        }
        return versions;
    }

    /** Flyway's history table, as Spring Boot configures it ({@code spring.flyway.table}, {@code default-schema}, {@code schemas}). */
    private static String table(Environment environment) {
        String table = quoted(environment.getProperty("spring.flyway.table", "flyway_schema_history"));
        String schema = environment.getProperty("spring.flyway.default-schema", "");
        if (schema.isBlank()) {
            String[] schemas = environment.getProperty("spring.flyway.schemas", String[].class, new String[0]);
            schema = schemas.length > 0 ? schemas[0] : "";
        }
        return schema.isBlank() ? table : quoted(schema.strip()) + "." + table;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
