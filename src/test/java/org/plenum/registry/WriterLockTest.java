package org.plenum.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writer lock on a real (in-memory H2) database: a second writer waits while the first holds the row, goes on
 * once it is released, and gives up with a message, not a hang, after the configured wait.
 */
class WriterLockTest {

    private JdbcDataSource database;

    @BeforeEach
    void database() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:writer-lock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table writer_lock (id integer not null primary key, note varchar(200) not null)");
            statement.execute("insert into writer_lock (id, note) values (1, 'test')");
        }
    }

    @Test
    void aSecondWriterGivesUpAfterTheWaitWhileTheFirstHoldsTheLock() throws Exception {
        WriterLock lock = new WriterLock(new JdbcTemplate(database), Duration.ofMillis(300));
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        try (Connection first = database.getConnection(); Statement statement = first.createStatement()) {
            first.setAutoCommit(false);
            statement.executeQuery("select id from writer_lock where id = 1 for update").close();
            long start = System.nanoTime();
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> lock.acquire("import ipu-ranking x.csv")))
                    .isInstanceOf(WriterBusyException.class)
                    .hasMessageContaining("import ipu-ranking x.csv was not done; try again later");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            first.rollback();
        }
        // released: the next writer takes it at once
        transactions.executeWithoutResult(status -> lock.acquire("import ipu-ranking x.csv"));
    }

    @Test
    void theLockIsTakenOnlyInsideATransaction() {
        WriterLock lock = new WriterLock(new JdbcTemplate(database), Duration.ofSeconds(1));
        assertThatThrownBy(() -> lock.acquire("an import")).isInstanceOf(IllegalStateException.class);
    }
}
