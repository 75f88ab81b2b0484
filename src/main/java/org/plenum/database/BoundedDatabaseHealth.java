package org.plenum.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (replacing Spring Boot's, by its bean name), answered within a
 * bound ({@code plenum.health.database-timeout}, 500 ms): a database that does not answer is "down" at once, however
 * long the connection pool would wait. One check at a time runs on a thread of its own; concurrent health requests
 * share it, so an outage never ties up more than that thread.
 */
@Component("dbHealthIndicator")
class BoundedDatabaseHealth implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<CompletableFuture<Health>> running = new AtomicReference<>();

    BoundedDatabaseHealth(DataSource dataSource, @Value("${plenum.health.database-timeout:500ms}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check = running.updateAndGet(current -> current != null && !current.isDone() ? current
                : CompletableFuture.supplyAsync(this::check, checker));
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "the database did not answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", DatabaseStartupCheck.firstLine(e.getCause())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            return connection.isValid(seconds) ? Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build()
                    : Health.down().withDetail("error", "the connection is not valid").build();
        } catch (Exception e) {
            return Health.down().withDetail("error", DatabaseStartupCheck.firstLine(e)).build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
