package org.plenum.registry;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One writer at a time, enforced by the database: a write transaction first locks the only row of
 * {@code writer_lock} ({@code select … for update}), which every process and node sharing the database sees. The lock
 * is released when the transaction ends (commit, rollback, or the process's death). A writer that finds the row locked
 * says so once and waits; when it gets the lock it reads what the previous writer committed, so a change is applied
 * once and the others find "nothing new". Works the same on H2 and PostgreSQL (decision 0020).
 */
@Component
public class WriterLock {

    private static final Logger log = LoggerFactory.getLogger(WriterLock.class);
    private static final long POLL_MILLIS = 50;

    private final JdbcTemplate jdbc;
    private final Duration maxWait;

    WriterLock(JdbcTemplate jdbc, @Value("${plenum.writer-lock-wait:10m}") Duration maxWait) {
        this.jdbc = jdbc;
        this.maxWait = maxWait;
    }

    /**
     * Takes the lock for the current transaction, waiting for another writer to finish if need be.
     *
     * @param what what is about to be written, for the message shown while waiting
     * @throws IllegalStateException when called outside a transaction
     * @throws WriterBusyException   when another writer held the lock for longer than {@code plenum.writer-lock-wait}
     */
    public void acquire(String what) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the writer lock is held by a transaction; none is active for " + what);
        }
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            // SKIP LOCKED answers at once (no row) when another transaction holds the lock: no lock timeout, no
            // error that would abort this transaction on PostgreSQL.
            List<Integer> row = jdbc.queryForList("select id from writer_lock where id = 1 for update skip locked",
                    Integer.class);
            if (!row.isEmpty()) {
                if (told) {
                    log.warn("The other writer has finished: {} goes on", what);
                }
                return;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(maxWait) > 0) {
                throw new WriterBusyException("Another process has been writing to the database for more than " + maxWait.toSeconds()
                        + " s: " + what + " was not done; try again later");
            }
            if (!told) {
                log.warn("Another process is writing to the database: {} waits for it to finish", what);
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WriterBusyException("Interrupted while waiting for another writer: " + what + " was not done");
            }
        }
    }
}
