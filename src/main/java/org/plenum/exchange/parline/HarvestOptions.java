package org.plenum.exchange.parline;

import java.time.Duration;
import java.util.Objects;

/**
 * How a harvest behaves towards the source.
 *
 * @param pageSize       {@code page[size]} asked for (Parline's clients ask for large pages: fewer requests)
 * @param delay          the pause between two requests (one request at a time, always)
 * @param retries        how many times a failed request (5xx, 429, no connection) is repeated before the harvest stops
 * @param initialBackoff the wait before the first repetition; it doubles with each further one
 * @param maxBackoff     the longest wait between two attempts, a {@code Retry-After} included
 * @param restart        discard the pages kept from an interrupted harvest of the same source and start again
 */
public record HarvestOptions(int pageSize, Duration delay, int retries, Duration initialBackoff, Duration maxBackoff,
                             boolean restart) {

    public HarvestOptions {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (pageSize < 1) {
            throw new IllegalArgumentException("the page size must be 1 or more, not " + pageSize);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("the number of retries must be 0 or more, not " + retries);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the delay must not be negative");
        }
    }

    public static HarvestOptions defaults() {
        return new HarvestOptions(5000, Duration.ZERO, 5, Duration.ofSeconds(1), Duration.ofMinutes(2), false);
    }

    public HarvestOptions withPageSize(int size) {
        return new HarvestOptions(size, delay, retries, initialBackoff, maxBackoff, restart);
    }

    public HarvestOptions withDelay(Duration pause) {
        return new HarvestOptions(pageSize, pause, retries, initialBackoff, maxBackoff, restart);
    }

    public HarvestOptions withRetries(int times, Duration initial) {
        return new HarvestOptions(pageSize, delay, times, initial, maxBackoff, restart);
    }

    public HarvestOptions withRestart(boolean again) {
        return new HarvestOptions(pageSize, delay, retries, initialBackoff, maxBackoff, again);
    }
}
