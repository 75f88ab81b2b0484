package org.plenum.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.it.PlenumProcess;
import org.plenum.it.PlenumProcess.Outcome;

/**
 * A database or data directory that cannot be used stops the server and every command at start with one line on
 * standard error naming the path or URL and the cause, no stack trace, and exit status 1. Each case is a real
 * {@code java} process (started together, to save time).
 */
class StartupErrorsTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String RANKING = "src/main/resources/dataset/ipu/women-ranking-2023-03.csv";

    @TempDir
    static Path temp;
    static Path notADirectory;
    static Path readOnly;
    static int closedPort;
    static PlenumProcess underAFile;
    static PlenumProcess withoutPermission;
    static PlenumProcess emptyUrl;
    static PlenumProcess malformedUrl;
    static PlenumProcess unreachablePostgresql;

    @BeforeAll
    static void startThemAll() throws IOException {
        notADirectory = Files.writeString(temp.resolve("a-file"), "not a directory");
        readOnly = Files.createDirectory(temp.resolve("read-only"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("r-x------")));
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        underAFile = PlenumProcess.start(List.of("import", "ipu-ranking", RANKING,
                "--PLENUM_DATA_DIR=" + notADirectory.resolve("data")), Map.of());
        withoutPermission = root() ? null : PlenumProcess.start(List.of("export", "women-ranking", "--year=2025", "--month=11",
                "--format=csv", "--PLENUM_DATA_DIR=" + readOnly.resolve("data")), Map.of());
        emptyUrl = PlenumProcess.start(List.of("import", "ipu-ranking", RANKING), Map.of("PLENUM_DB_URL", ""));
        malformedUrl = PlenumProcess.start(List.of("publish", "--PLENUM_DB_URL=postgres://localhost/plenum"), Map.of());
        unreachablePostgresql = PlenumProcess.start(List.of("serve", "--server.port=0",
                "--PLENUM_DB_URL=jdbc:postgresql://127.0.0.1:" + closedPort + "/plenum?password=secret",
                "--PLENUM_DB_USER=plenum"), Map.of());
    }

    @AfterAll
    static void readOnlyDirectoryCanBeCleanedUp() throws IOException {
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aDataDirectoryThatCannotBeCreated() {
        assertOneLine(underAFile.await(TIMEOUT), "plenum: Cannot create the data directory (PLENUM_DATA_DIR) "
                + notADirectory.resolve("data") + ": Not a directory");
    }

    @Test
    void aDataDirectoryWithoutPermission() {
        assumeFalse(root(), "root may write anywhere");
        assertOneLine(withoutPermission.await(TIMEOUT), "plenum: Cannot create the data directory (PLENUM_DATA_DIR) "
                + readOnly.resolve("data") + ": permission denied (user " + System.getProperty("user.name")
                + " may not write in " + readOnly.resolve("data") + ")");
    }

    @Test
    void anEmptyDatabaseUrlIsNeverAnInMemoryDatabase() {
        assertOneLine(emptyUrl.await(TIMEOUT), "plenum: PLENUM_DB_URL is empty: give a JDBC URL such as"
                + " jdbc:postgresql://host:5432/plenum, or leave it unset for the embedded database in PLENUM_DATA_DIR");
    }

    @Test
    void aMalformedDatabaseUrl() {
        assertOneLine(malformedUrl.await(TIMEOUT), "plenum: PLENUM_DB_URL 'postgres://localhost/plenum' is not a database"
                + " URL Plenum can use: expected jdbc:postgresql://host[:port]/database or jdbc:h2:file:/path/to/plenum");
    }

    @Test
    void anUnreachablePostgresqlNamesTheUrlWithoutPassword() {
        Outcome outcome = unreachablePostgresql.await(TIMEOUT);
        assertOneLine(outcome, "plenum: Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort
                + "/plenum?password=*** as plenum: Connection refused");
        assertThat(outcome.out() + outcome.err()).doesNotContain("secret");
    }

    private static void assertOneLine(Outcome outcome, String line) {
        assertThat(outcome.errLines()).as("standard error; standard output was:\n" + outcome.out()).containsExactly(line);
        assertThat(outcome.exitStatus()).isEqualTo(1);
        assertThat(outcome.showsStackTrace()).as(outcome.out()).isFalse();
    }
}
