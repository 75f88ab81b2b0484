package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.it.PlenumProcess.Outcome;

/**
 * Several processes import the same file at the same moment into an empty database, so that each of them also
 * finds the database new and loads the bundled dataset first. Every change must be applied once: the bundled dataset
 * loaded once, the file's facts recorded once, at most one current fact per key, every process ending with exit
 * status 0 and no stack trace (the others wait for the writer and find nothing new); and the database itself refuses
 * a second current fact for one key. Subclasses choose the database.
 */
abstract class ConcurrentWritersTest {

    static final int PROCESSES = 3;
    static final String FILE = "women-ranking-2023-03.csv";
    static final int BUNDLED_PARTS = 7;
    static final int FACTS_IN_FILE = 997;

    /** The options that point a process at the test's database. */
    abstract List<String> databaseOptions();

    abstract Connection connect() throws SQLException;

    /** Looks at the processes while they run (e.g. at the embedded database's server). */
    void whileRunning(List<PlenumProcess> processes) throws Exception {
    }

    @Test
    void processesImportingTheSameFileTogetherOnAnEmptyDatabaseApplyEachChangeOnce() throws Exception {
        List<PlenumProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            List<String> args = new ArrayList<>(List.of("import", "ipu-ranking", "src/test/resources/ipu/" + FILE));
            args.addAll(databaseOptions());
            processes.add(PlenumProcess.start(args, java.util.Map.of()));
        }
        try {
            whileRunning(processes);
            for (PlenumProcess process : processes) {
                Outcome outcome = process.await(Duration.ofMinutes(8));
                assertThat(outcome.exitStatus()).as(outcome.out() + outcome.err()).isZero();
                assertThat(outcome.showsStackTrace()).as(outcome.out() + outcome.err()).isFalse();
                assertThat(outcome.out()).contains("Imported ipu-ranking: " + FILE);
            }
        } finally {
            processes.forEach(PlenumProcess::destroy);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from dataset_load")).isEqualTo(BUNDLED_PARTS);
            assertThat(count(statement, "select count(*) from publication where description like 'import ipu-ranking %"
                    + FILE + "'")).as("publications of the file").isEqualTo(1);
            assertThat(count(statement, "select count(*) from publication")).isEqualTo(BUNDLED_PARTS + 1);
            assertThat(count(statement, "select count(*) from fact where source like '" + FILE + " row %'"))
                    .isEqualTo(FACTS_IN_FILE);
            assertThat(count(statement, "select count(*) from (select entity_type, entity_code, field, valid_from from fact"
                    + " where superseded_at is null group by entity_type, entity_code, field, valid_from having count(*) > 1) d"))
                    .as("keys with more than one current fact").isZero();
            theDatabaseRefusesASecondCurrentFactForOneKey(statement);
        }
    }

    /** The constraint holds on its own, whatever a writer does: here one writes around the application. */
    private void theDatabaseRefusesASecondCurrentFactForOneKey(Statement statement) throws SQLException {
        String copyOfACurrentFact = "insert into fact (entity_type, entity_code, field, valid_from, valid_to, value_text,"
                + " missing_reason, annotation, source, recorded_at, recorded_in) select entity_type, entity_code, field,"
                + " valid_from, valid_to, value_text, missing_reason, annotation, 'a second writer', recorded_at, recorded_in"
                + " from fact where superseded_at is null and entity_code = 'RW-LC01' and field = 'current_women_number'"
                + " and valid_from = date '2023-03-01'";
        assertThat(count(statement, "select count(*) from fact where superseded_at is null and entity_code = 'RW-LC01'"
                + " and field = 'current_women_number' and valid_from = date '2023-03-01'")).isEqualTo(1);
        assertThatThrownBy(() -> statement.executeUpdate(copyOfACurrentFact)).isInstanceOf(SQLException.class)
                .message().containsIgnoringCase("fact_one_current");
        // Facts without a start date (valid always) are keys too.
        assertThat(count(statement, "select count(*) from fact where superseded_at is null and entity_code = 'RW'"
                + " and field = 'iso_alpha3_code' and valid_from is null")).isEqualTo(1);
        String copyOfATimelessFact = copyOfACurrentFact.replace("and entity_code = 'RW-LC01' and field = 'current_women_number'"
                + " and valid_from = date '2023-03-01'", "and entity_code = 'RW' and field = 'iso_alpha3_code'");
        assertThatThrownBy(() -> statement.executeUpdate(copyOfATimelessFact)).isInstanceOf(SQLException.class)
                .message().containsIgnoringCase("fact_one_current");
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
