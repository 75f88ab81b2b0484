package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /**
     * IPU's real March 2023 ranking (src/main/resources/dataset/ipu/women-ranking-2023-03.csv) re-stated as of 1 April 2023:
     * the March file itself is part of the bundled dataset, so importing it would change nothing. Derived from real
     * data for this test only; not a statement of IPU's.
     */
    static final String FILE = "women-ranking-2023-04-restated-for-test.csv";
    /** The number of parts of the bundled dataset, read from exchange.BundledDataset.PARTS. */
    static final int BUNDLED_PARTS = bundledParts();

    private static int bundledParts() {
        try {
            java.lang.reflect.Field parts = Class.forName("org.plenum.exchange.BundledDataset").getDeclaredField("PARTS");
            parts.setAccessible(true);
            return ((List<?>) parts.get(null)).size();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("BundledDataset.PARTS cannot be read", e);
        }
    }

    /** The options that point a process at the test's database. */
    abstract List<String> databaseOptions();

    abstract Connection connect() throws SQLException;

    /** Looks at the processes while they run (e.g. at the embedded database's server). */
    void whileRunning(List<PlenumProcess> processes) throws Exception {
    }

    @Test
    void processesImportingTheSameFileTogetherOnAnEmptyDatabaseApplyEachChangeOnce() throws Exception {
        Path file = Files.createTempDirectory("plenum-concurrent-import").resolve(FILE);
        String march = Files.readString(Path.of("src/main/resources/dataset/ipu/women-ranking-2023-03.csv"));
        assertThat(march).contains("Ranking as of 1st March 2023");
        Files.writeString(file, march.replace("Ranking as of 1st March 2023", "Ranking as of 1st April 2023"));
        List<PlenumProcess> processes = new ArrayList<>();
        long added = 0;
        for (int i = 0; i < PROCESSES; i++) {
            List<String> args = new ArrayList<>(List.of("import", "ipu-ranking", file.toString()));
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
                Matcher facts = Pattern.compile("facts added: +(\\d+)").matcher(outcome.out());
                assertThat(facts.find()).as(outcome.out()).isTrue();
                added += Long.parseLong(facts.group(1));
            }
        } finally {
            processes.forEach(PlenumProcess::destroy);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from dataset_load where name not like 'survey:%' and name not like 'questionnaire:%'")).isEqualTo(BUNDLED_PARTS);
            assertThat(count(statement, "select count(*) from publication where description like 'import ipu-ranking %"
                    + FILE + "'")).as("publications of the file").isEqualTo(1);
            assertThat(count(statement, "select count(*) from publication")).isEqualTo(BUNDLED_PARTS + 1);
            // one process wrote the file's facts, the others found nothing new: what they reported is what is recorded
            assertThat(added).as("facts added, summed over the processes").isGreaterThan(500);
            assertThat(count(statement, "select count(*) from fact where source like '" + FILE + " row %'"))
                    .isEqualTo(added);
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
