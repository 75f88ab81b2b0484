package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-off commands as a user runs them: {@code bin/plenum} with the jar the build made (run by failsafe after
 * {@code package}). The jar's commands start from the context prepared at build time (decision 0071), and give the
 * same files and the same import as the usual start ({@code -Dplenum.aot=false}).
 */
class PackagedCommandsIT {

    /** A start-up step that only the usual start has: the configuration classes parsed and scanned. */
    private static final String PARSE = "spring.context.config-classes.parse";
    private static final Path RANKING = Path.of("src/main/resources/dataset/ipu/women-ranking-2025-11.csv");

    @TempDir
    static Path temp;

    /** What a run printed and its exit status. */
    record Run(int status, String out, String err) {
    }

    /** The bundled data loaded once, as by a user's first command; bin/plenum prepares its archive then too. */
    @BeforeAll
    static void firstStart() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"),
                "bin/plenum uses GNU coreutils (stat -c, mv -T): run on Linux, as CI does");
        assertThat(Path.of(System.getProperty("plenum.jar", "target/plenum.jar"))).as("the jar the build made").isRegularFile();
        Run first = plenum(Map.of(), "export", "women-ranking", "--year=2025", "--month=11", "--format=csv",
                "--out=" + temp.resolve("first.csv"), dataDir());
        assertThat(first.status()).as(first.err()).isZero();
    }

    @Test
    void aRankingExportUsesThePreparedContextAndWritesWhatTheUsualStartWrites() throws Exception {
        Run prepared = plenum(Map.of("JAVA_OPTS", "-Dplenum.startup-steps=0"), "export", "women-ranking", "--year=2025",
                "--month=11", "--format=ipu-csv", "--out=" + temp.resolve("prepared.csv"), dataDir());
        assertThat(prepared.status()).as(prepared.err()).isZero();
        assertThat(prepared.err()).contains("spring.context.refresh").doesNotContain(PARSE);

        Run usual = plenum(Map.of("JAVA_OPTS", "-Dplenum.aot=false -Dplenum.startup-steps=0"), "export", "women-ranking",
                "--year=2025", "--month=11", "--format=ipu-csv", "--out=" + temp.resolve("usual.csv"), dataDir());
        assertThat(usual.status()).as(usual.err()).isZero();
        assertThat(usual.err()).contains(PARSE);

        List<String> file = withoutAccessDate(temp.resolve("prepared.csv"));
        assertThat(file).contains("\"1\",\"Rwanda\",\"07.2024\",\"80\",\"51\",\"63.8\",\"09.2024\",\"26\",\"13\",\"50.0\"");
        assertThat(file).isEqualTo(withoutAccessDate(temp.resolve("usual.csv")));
    }

    @Test
    void importingTheBundledRankingAgainFindsEveryFactUnchanged() throws Exception {
        Run run = plenum(Map.of(), "import", "ipu-ranking", RANKING.toString(), dataDir());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("rows read:       193", "facts added:     0", "facts unchanged: 1005",
                "nothing new: no publication");
    }

    @Test
    void aMistakeIsReportedWithoutStarting() throws Exception {
        Run run = plenum(Map.of("JAVA_OPTS", "-Dplenum.startup-steps=0"), "export", "women-ranking", "--year=2025",
                "--month=13", "--format=ipu-csv", dataDir());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--month").doesNotContain("spring.context.refresh");
    }

    /** The same on PostgreSQL: the data source and Flyway's PostgreSQL migrations come from the settings of the run. */
    @Nested
    @PostgresOnly
    class OnPostgresql {

        @Test
        void thePreparedContextMigratesAndReadsAPostgresqlDatabase() throws Exception {
            PostgresTestDatabase database = PostgresTestDatabase.newSchema("packaged_commands");
            List<String> settings = database.settings().entrySet().stream()
                    .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).collect(Collectors.toList());
            settings.add("--PLENUM_LOAD_BUNDLED_DATASET=false");
            List<String> args = new ArrayList<>(List.of("export", "women-ranking", "--year=2025", "--month=11",
                    "--format=ipu-csv", "--out=" + temp.resolve("postgresql.csv")));
            args.addAll(settings);
            Run run = plenum(Map.of("JAVA_OPTS", "-Dplenum.startup-steps=0"), args.toArray(String[]::new));
            assertThat(run.err()).doesNotContain(PARSE).contains("There are no statistics yet: nothing has been imported");
            assertThat(run.status()).isEqualTo(2);
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select count(*) from flyway_schema_history where success and version = '81'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the latest migration applied").isEqualTo(1);
            } catch (SQLException e) {
                throw new AssertionError("the schema " + database.schema() + " could not be read", e);
            }
        }
    }

    private static String dataDir() {
        return "--PLENUM_DATA_DIR=" + temp.resolve("data");
    }

    private static List<String> withoutAccessDate(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("\"Date accessed\""))
                .toList();
    }

    private static Run plenum(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/plenum"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PLENUM_JAR", System.getProperty("plenum.jar", "target/plenum.jar"));
        builder.environment().put("PLENUM_CACHE_DIR", temp.resolve("cache").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/plenum " + String.join(" ", args) + " did not end within 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
