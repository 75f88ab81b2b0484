package org.plenum.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks the database before anything uses it (Flyway, the bundled dataset, the server): the URL is one Plenum can
 * use (an empty or malformed {@code PLENUM_DB_URL} is refused, never replaced by an in-memory database), the data
 * directory can be written, the database answers. Any failure is a {@link StartupFailure}: one line naming the path
 * or URL (without password) and the cause, exit status 1. For the embedded H2 database it also sets the generated
 * password, waits for another process that is opening the same database at the same moment, and keeps the files to
 * their owner. Runs as the data source is made, so it holds for the server and for every command.
 */
@Component
class DatabaseStartupCheck implements InstantiationAwareBeanPostProcessor, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);
    /** How long to wait for another process that is opening the same H2 database (H2's "Lock file recently modified"). */
    private static final Duration H2_OPEN_WAIT = Duration.ofSeconds(30);
    private static final int POSTGRESQL_CONNECT_TIMEOUT_SECONDS = 5;

    private final Environment environment;
    private Optional<Connection> held = Optional.empty();
    private Optional<EmbeddedDatabaseFiles> files = Optional.empty();
    private boolean checked;

    DatabaseStartupCheck(Environment environment) {
        this.environment = environment;
    }

    /** Before the data source is made: Spring Boot would refuse a malformed URL with an exception of its own. */
    @Override
    public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (javax.sql.DataSource.class.isAssignableFrom(beanClass) && !checked) {
            url();
        }
        return null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && !checked) {
            checked = true;
            check(dataSource);
        }
        return bean;
    }

    /** The start is done: the first connection, held so that the database was not closed and opened again, goes. */
    @Override
    public void afterSingletonsInstantiated() {
        held.ifPresent(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the start-up check's connection", e);
            }
        });
        held = Optional.empty();
        files.ifPresent(EmbeddedDatabaseFiles::restrictFiles);
    }

    private DatabaseUrl url() {
        String setting = environment.containsProperty("PLENUM_DB_URL") ? "PLENUM_DB_URL" : "spring.datasource.url";
        return DatabaseUrl.parse(environment.getProperty("spring.datasource.url"), setting);
    }

    private void check(HikariDataSource dataSource) {
        DatabaseUrl url = url();
        String setting = environment.containsProperty("PLENUM_DB_URL") ? "PLENUM_DB_URL" : "spring.datasource.url";
        String user = Optional.ofNullable(dataSource.getUsername()).orElse("");
        switch (url.kind()) {
            case H2_FILE -> checkEmbedded(dataSource, url, user);
            case H2_MEMORY -> log.warn("{} is an in-memory database ({}): everything written is lost when the process ends",
                    setting, url.redacted());
            case H2_REMOTE -> held = Optional.of(openH2(url, user, password(dataSource), url.redacted()));
            case POSTGRESQL -> held = Optional.of(openPostgresql(url, user, password(dataSource)));
        }
    }

    private void checkEmbedded(HikariDataSource dataSource, DatabaseUrl url, String user) {
        String dataDir = environment.getProperty("plenum.data-dir", "");
        java.nio.file.Path file = url.h2File().orElseThrow();
        boolean inDataDir = !dataDir.isBlank()
                && file.getParent().equals(java.nio.file.Path.of(dataDir).toAbsolutePath().normalize());
        EmbeddedDatabaseFiles embedded = new EmbeddedDatabaseFiles(file,
                inDataDir ? "the data directory (PLENUM_DATA_DIR)" : "the database's directory");
        embedded.prepareDirectory();
        String described = embedded.databaseFile().toString();
        String password = password(dataSource);
        if (password.isEmpty()) {
            password = generatedPassword(embedded, url, user, described);
            dataSource.setPassword(password);
        }
        held = Optional.of(openH2(url, user, password, described));
        embedded.restrictFiles();
        files = Optional.of(embedded);
    }

    /** The kept password; a new one for a new database; for a database of an earlier version, a new one set in it. */
    private String generatedPassword(EmbeddedDatabaseFiles embedded, DatabaseUrl url, String user, String described) {
        Optional<String> kept = embedded.keptPassword();
        if (kept.isPresent()) {
            return kept.get();
        }
        if (!embedded.databaseExists()) {
            return embedded.newPassword();
        }
        // Made by an earlier version, with user sa and an empty password: give it a generated one. The new password is
        // set down first, so that a start interrupted half-way finds it again.
        String pending = embedded.pendingPassword();
        Optional<Connection> withEmptyPassword = tryOpenH2(url, user, "", described);
        if (withEmptyPassword.isEmpty()) {
            if (tryOpenH2(url, user, pending, described).map(DatabaseStartupCheck::close).isPresent()) {
                embedded.keepPendingPassword(); // an earlier start set it and stopped before keeping it
                return pending;
            }
            throw new StartupFailure("The database " + described + " has a password Plenum does not know (not the empty"
                    + " one of earlier versions): set PLENUM_DB_PASSWORD to it");
        }
        Connection legacy = withEmptyPassword.get();
        try (legacy; Statement statement = legacy.createStatement()) {
            statement.execute("alter user \"" + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + "\" set password '"
                    + pending + "'");
        } catch (SQLException e) {
            throw new StartupFailure("Cannot set a password on the database " + described + ": " + firstLine(e));
        }
        embedded.keepPendingPassword();
        log.warn("The database {} had the empty password of earlier versions: it now has a generated one, kept in {}",
                described, embedded.passwordFile());
        return pending;
    }

    private static boolean close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a connection", e);
        }
        return true;
    }

    private static String password(HikariDataSource dataSource) {
        return Optional.ofNullable(dataSource.getPassword()).orElse("");
    }

    private Connection openH2(DatabaseUrl url, String user, String password, String described) {
        return tryOpenH2(url, user, password, described).orElseThrow(() -> new StartupFailure("The database " + described
                + " refused user " + user + ": wrong user name or password (set PLENUM_DB_USER and PLENUM_DB_PASSWORD)"));
    }

    /** A connection; empty when user or password are wrong; waits while another process is opening the database. */
    private Optional<Connection> tryOpenH2(DatabaseUrl url, String user, String password, String described) {
        long deadline = System.nanoTime() + H2_OPEN_WAIT.toNanos();
        boolean told = false;
        while (true) {
            try {
                return Optional.of(DriverManager.getConnection(url.url(), user, password));
            } catch (SQLException e) {
                if ("28000".equals(e.getSQLState())) {
                    return Optional.empty();
                }
                if (!beingOpenedElsewhere(e) || System.nanoTime() > deadline) {
                    throw new StartupFailure("Cannot open the database " + described + ": " + firstLine(e));
                }
                if (!told) {
                    log.warn("Another process is opening the database {} at the same moment: waiting for it", described);
                    told = true;
                }
                sleep();
            }
        }
    }

    /**
     * H2's answers while another process opens the same file and starts its AUTO_SERVER, or closes it as it ends (a
     * connection that reaches the other process's server as it shuts down: "Database is already closed", or a broken
     * connection); the next attempt finds the file free, or served by the next process.
     */
    private static boolean beingOpenedElsewhere(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Lock file recently modified") || message.contains("Database may be already in use")
                    || message.contains("Connection refused") || message.contains("Concurrent update")
                    || message.contains("Database is already closed") || message.contains("Connection is broken")) {
                return true;
            }
        }
        return false;
    }

    private static Connection openPostgresql(DatabaseUrl url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", Integer.toString(POSTGRESQL_CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(2 * POSTGRESQL_CONNECT_TIMEOUT_SECONDS));
        try {
            return DriverManager.getConnection(url.url(), properties);
        } catch (SQLException e) {
            throw new StartupFailure("Cannot connect to PostgreSQL at " + url.redacted() + " as " + user + ": " + firstLine(e));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while waiting for the database");
        }
    }

    /** The first line of the innermost message that says something, without H2's error code suffix. */
    static String firstLine(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                if (!(t.getCause() instanceof java.io.IOException) && !(t.getCause() instanceof SQLException)) {
                    break;
                }
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse(message).strip();
        return line.replaceAll(" \\[\\d{5}-\\d+]$", "").replaceAll(";? ?SQL statement:.*$", "");
    }
}
