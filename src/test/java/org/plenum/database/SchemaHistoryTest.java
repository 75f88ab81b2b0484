package org.plenum.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/** The one-query check that lets a one-off command skip Flyway (decision 0037), on the jar's real migrations. */
class SchemaHistoryTest {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/vendor/{vendor}");
    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        dataSource = new JdbcDataSource();
        // kept open between connections for the test's life
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
    }

    @Test
    void theJarsVersionsAreThoseOfItsMigrationFilesForTheVendor() throws Exception {
        assertThat(SchemaHistory.jarVersions(environment, "h2")).contains(MigrationVersion.fromVersion("1"),
                MigrationVersion.fromVersion("21")).doesNotContainNull();
        Set<MigrationVersion> h2 = SchemaHistory.jarVersions(environment, "h2");
        // PostgreSQL has one migration of its own: the audit log's append-only trigger (V33)
        Set<MigrationVersion> postgresql = SchemaHistory.jarVersions(environment, "postgresql");
        assertThat(postgresql).containsAll(h2).contains(MigrationVersion.fromVersion("33"));
        assertThat(h2).doesNotContain(MigrationVersion.fromVersion("33"));
        // a location outside the class path: not known, so never current
        assertThat(SchemaHistory.jarVersions(new MockEnvironment().withProperty("spring.flyway.locations",
                "filesystem:/srv/migrations"), "h2")).isEmpty();
    }

    @Test
    void anEmptyDatabaseIsNotCurrent() {
        assertThat(SchemaHistory.isCurrent(dataSource, environment)).isFalse();
    }

    @Test
    void aDatabaseMigratedByFlywayIsCurrent() {
        migrate();
        assertThat(SchemaHistory.isCurrent(dataSource, environment)).isTrue();
    }

    @Test
    void aDatabaseThatLacksTheNewestMigrationIsNotCurrent() {
        migrate();
        jdbc.update("delete from \"flyway_schema_history\" where \"version\" = '21'");
        assertThat(SchemaHistory.isCurrent(dataSource, environment)).isFalse();
    }

    @Test
    void aDatabaseOfANewerJarIsNotCurrent() {
        migrate();
        jdbc.update("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"installed_by\", \"execution_time\", \"success\") values (99, '99', 'later', 'SQL',"
                + " 'V99__later.sql', 'sa', 1, true)");
        assertThat(SchemaHistory.isCurrent(dataSource, environment)).isFalse();
    }

    @Test
    void aFailedMigrationIsNotCurrent() {
        migrate();
        jdbc.update("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '20'");
        assertThat(SchemaHistory.isCurrent(dataSource, environment)).isFalse();
    }

    @Test
    void aHistoryTableElsewhereIsNotCurrent() {
        migrate();
        assertThat(SchemaHistory.isCurrent(dataSource, new MockEnvironment()
                .withProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/vendor/{vendor}")
                .withProperty("spring.flyway.table", "other_history"))).isFalse();
    }
}
