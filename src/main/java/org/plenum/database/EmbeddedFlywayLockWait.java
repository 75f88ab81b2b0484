package org.plenum.database;

import java.time.Duration;
import java.util.Locale;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the embedded H2 database, several processes that start together on a new data directory all run Flyway: the
 * first migrates while the others wait for the schema history's lock. H2 gives up waiting for a lock after 2 s (its
 * default {@code LOCK_TIMEOUT}), less than a migration takes on a loaded machine, and Flyway then fails with "Timeout
 * trying to lock table". Flyway's connections here wait as long as the other process may need
 * ({@code plenum.h2.migration-lock-wait}, 5 minutes); then they find the schema migrated. PostgreSQL waits for a
 * lock without a limit by default: nothing to do there.
 */
@Component
class EmbeddedFlywayLockWait implements FlywayConfigurationCustomizer {

    private final boolean h2;
    private final Duration wait;

    EmbeddedFlywayLockWait(Environment environment, @Value("${plenum.h2.migration-lock-wait:5m}") Duration wait) {
        this.h2 = environment.getProperty("spring.datasource.url", "").toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
        this.wait = wait;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (h2) {
            // H2's SET LOCK_TIMEOUT holds for the session: Flyway runs it on each connection it takes.
            configuration.initSql("SET LOCK_TIMEOUT " + wait.toMillis());
        }
    }
}
