package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.plenum.Plenum;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On PostgreSQL, when {@code -Dplenum.test.postgres.url=jdbc:postgresql://…} is given: several processes importing
 * together, and two server nodes starting together on an empty database. Each test uses a new schema.
 */
@PostgresOnly
class ConcurrentWritersPostgresTest extends ConcurrentWritersTest {

    private final PostgresTestDatabase database = PostgresTestDatabase.newSchema("plenum_cw");

    @Override
    List<String> databaseOptions() {
        return database.settings().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUpWithTheDataLoadedOnce() throws Exception {
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(this::node);
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(this::node);
        try (ConfigurableApplicationContext a = first.get(); ConfigurableApplicationContext b = second.get()) {
            assertThat(a.isRunning()).isTrue();
            assertThat(b.isRunning()).isTrue();
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "select count(*) from dataset_load where name not like 'survey:%' and name not like 'questionnaire:%'")).isEqualTo(BUNDLED_PARTS);
                assertThat(count(statement, "select count(*) from publication")).isEqualTo(BUNDLED_PARTS);
                assertThat(count(statement, "select count(*) from (select entity_type, entity_code, field, valid_from"
                        + " from fact where superseded_at is null group by entity_type, entity_code, field, valid_from"
                        + " having count(*) > 1) d")).isZero();
            }
        }
    }

    private ConfigurableApplicationContext node() {
        Map<String, Object> settings = new java.util.HashMap<>(database.settings());
        settings.put("SERVER_PORT", "0");
        settings.put("PLENUM_PUBLICATIONS", "false");
        return new SpringApplicationBuilder(Plenum.class).properties(settings).run();
    }
}
