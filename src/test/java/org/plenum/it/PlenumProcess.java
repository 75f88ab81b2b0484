package org.plenum.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application's main class run in a separate {@code java} process, on the test's class path: what an operator
 * runs, with its own JVM, its own output and its exit status.
 */
public final class PlenumProcess {

    /** What a finished process left: exit status, standard output and standard error. */
    public record Outcome(int exitStatus, String out, String err) {

        public List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }

        /** Whether any output shows a stack trace or an exception's class name. */
        public boolean showsStackTrace() {
            String all = out + "\n" + err;
            return all.lines().anyMatch(line -> line.startsWith("\tat ") || line.matches(".*\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*"));
        }
    }

    private final Process process;
    private final Path out;
    private final Path err;

    private PlenumProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code java … org.plenum.Plenum args}, with the environment variables given added to this one's. */
    public static PlenumProcess start(List<String> args, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.plenum.Plenum"));
        command.addAll(args);
        try {
            Path out = Files.createTempFile("plenum-process", ".out");
            Path err = Files.createTempFile("plenum-process", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            return new PlenumProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process if it still runs (after a failed assertion). */
    public void destroy() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end (killing it after the time given) and returns what it left. */
    public Outcome await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the process did not end within " + timeout + "; its output:\n" + read(out) + read(err));
            }
            return new Outcome(process.exitValue(), read(out), read(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * A connection to the embedded H2 database of the data directory {@code dataDir}, with the password Plenum
     * generated there (shared with the running processes through H2's AUTO_SERVER).
     */
    public static Connection connectToEmbedded(Path dataDir) throws SQLException {
        try {
            String password = Files.readString(dataDir.resolve("plenum.password")).strip();
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("plenum"), "sa", password);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
