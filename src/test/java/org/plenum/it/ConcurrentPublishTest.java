package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.it.PlenumProcess.Outcome;

/**
 * Several {@code plenum publish} processes publish the same month at the same moment, on an empty database (so that
 * each also finds the database new and the bundled dataset is loaded first, once): each report of the month is
 * published once, as revision 1 with one number; the other processes say it is unchanged or was just published by
 * another node; every process ends with exit status 0 and no stack trace. Subclasses choose the database.
 */
abstract class ConcurrentPublishTest {

    static final int PROCESSES = 3;
    /** A month the first start does not publish by itself (decision 0025 publishes November 2025 and the current one). */
    static final String YEAR = "2024";
    static final String MONTH = "6";
    static final String PERIOD = "2024-06";
    static final List<String> REPORTS = List.of("women-averages", "women-ranking");

    abstract List<String> databaseOptions();

    abstract Connection connect() throws SQLException;

    @Test
    void processesPublishingTheSameMonthTogetherPublishEachReportOnce() throws Exception {
        List<PlenumProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            List<String> args = new ArrayList<>(List.of("publish", "all", "--year=" + YEAR, "--month=" + MONTH));
            args.addAll(databaseOptions());
            processes.add(PlenumProcess.start(args, Map.of()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (PlenumProcess process : processes) {
                outcomes.add(process.await(Duration.ofMinutes(8)));
            }
        } finally {
            processes.forEach(PlenumProcess::destroy);
        }
        for (Outcome outcome : outcomes) {
            assertThat(outcome.exitStatus()).as(outcome.out() + outcome.err()).isZero();
            assertThat(outcome.showsStackTrace()).as(outcome.out() + outcome.err()).isFalse();
        }
        for (String report : REPORTS) {
            long published = outcomes.stream().filter(o -> o.out().lines()
                    .anyMatch(l -> l.startsWith(report + "/" + PERIOD + ": published as number"))).count();
            assertThat(published).as(report + " published by one process; outputs:\n" + outcomes).isEqualTo(1);
            long others = outcomes.stream().filter(o -> o.out().lines().anyMatch(l -> l.startsWith(report + "/" + PERIOD
                    + ": unchanged since revision 1") || l.startsWith(report + "/" + PERIOD
                    + ": revision 1 was just published by another node"))).count();
            assertThat(others).as(report + " found published by the others").isEqualTo(PROCESSES - 1);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from dataset_load where name not like 'survey:%' and name not like 'questionnaire:%'")).as("bundled parts loaded once")
                    .isEqualTo(ConcurrentWritersTest.BUNDLED_PARTS);
            for (String report : REPORTS) {
                assertThat(count(statement, "select count(*) from report_publication where report = '" + report
                        + "' and period = '" + PERIOD + "'")).as(report + " " + PERIOD + " revisions").isEqualTo(1);
            }
            assertThat(count(statement, "select count(*) from (select number from report_publication group by number,"
                    + " report having count(distinct period) > 1) d")).as("a number given to two months").isZero();
        }
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
