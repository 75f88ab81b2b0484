package org.plenum.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts attempts per key (a client address, a token) in fixed windows, in this node's memory: beyond
 * {@code limit} in one window, {@link #tryAcquire} says no until the window ends. Per node by design (decision 0042):
 * the lockout of an account, which matters across nodes, is in the database.
 */
public final class AttemptLimiter {

    private final int limit;
    private final Cache<String, AtomicInteger> windows;

    public AttemptLimiter(int limit, Duration window) {
        this.limit = limit;
        this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Counts one attempt for the key; whether it is within the limit. */
    public boolean tryAcquire(String key) {
        return windows.get(key, k -> new AtomicInteger()).incrementAndGet() <= limit;
    }

    /** Whether the key has used up its window (without counting an attempt). */
    public boolean exhausted(String key) {
        AtomicInteger count = windows.getIfPresent(key);
        return count != null && count.get() >= limit;
    }
}
