package org.plenum.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With the embedded database, the first process that opens it serves it to the others (H2's AUTO_SERVER): when that
 * process ends, the others lose their connections, and a writer waiting for the writer lock would fail half-way. So
 * before closing, a process that serves others waits until they have finished (at most {@code plenum.h2.hand-over-wait}),
 * saying so; then the next process to connect opens the file itself. Closed before the data source, which it uses.
 */
@Component
class EmbeddedDatabaseHandOver implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseHandOver.class);

    private final JdbcTemplate jdbc;
    private final boolean embedded;
    private final Duration maxWait;

    EmbeddedDatabaseHandOver(JdbcTemplate jdbc, Environment environment,
                             @Value("${plenum.h2.hand-over-wait:5m}") Duration maxWait) {
        this.jdbc = jdbc;
        String url = environment.getProperty("spring.datasource.url", "");
        this.embedded = url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:")
                && DatabaseUrl.parse(url, "spring.datasource.url").kind() == DatabaseUrl.Kind.H2_FILE;
        this.maxWait = maxWait;
    }

    @Override
    public void destroy() {
        if (!embedded) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean told = false;
        try {
            String ownAddress = jdbc.queryForObject("select client_addr from information_schema.sessions"
                    + " where session_id = session_id()", String.class);
            if (ownAddress != null) {
                return; // this process is a client of another one, which serves the database
            }
            for (long others = otherProcesses(); others > 0; others = otherProcesses()) {
                if (System.nanoTime() > deadline) {
                    log.warn("Closing the database although {} other connection(s) still use it through this process", others);
                    return;
                }
                if (!told) {
                    log.warn("Other processes use the database through this one: waiting for them to finish");
                    told = true;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // this process does not serve the database (it is a client of another one), or the database is gone
            log.debug("Hand-over of the embedded database", e);
        }
    }

    /** Sessions opened over H2's TCP server, i.e. by other processes through this one. */
    private long otherProcesses() {
        Long count = jdbc.queryForObject("select count(*) from information_schema.sessions where client_addr is not null",
                Long.class);
        return count == null ? 0 : count;
    }
}
