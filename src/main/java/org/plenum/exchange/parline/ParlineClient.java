package org.plenum.exchange.parline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a Parline-compatible API politely: one request at a time, an optional pause between requests, gzip, and
 * bounded retries with exponential backoff on 5xx, on 429 (waiting at least what {@code Retry-After} asks) and on
 * connection errors. Other answers (200, 404, 400, ...) are returned to the caller as they are.
 */
final class ParlineClient {

    /** Waits; a test may record the waits instead. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    record Answer(URI url, int status, byte[] body) {
    }

    private static final String USER_AGENT = "Plenum-harvester/1 (plenum import parline; one request at a time)";

    private final HttpClient http;
    private final HarvestOptions options;
    private final Sleeper sleeper;
    private int requests;
    private int retries;
    private boolean first = true;

    ParlineClient(HttpClient http, HarvestOptions options, Sleeper sleeper) {
        this.http = http;
        this.options = options;
        this.sleeper = sleeper;
    }

    static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The answer to a GET, after retries; a source that still fails then stops the harvest. */
    Answer get(URI url) {
        String lastProblem = "";
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            Duration wait = Duration.ZERO;
            if (attempt > 0) {
                retries++;
                wait = backoff(attempt);
            } else if (!first) {
                wait = options.delay();
            }
            first = false;
            pause(wait);
            requests++;
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url)
                        .timeout(Duration.ofMinutes(2))
                        .header("Accept", "application/vnd.api+json, application/json")
                        .header("Accept-Encoding", "gzip")
                        .header("User-Agent", USER_AGENT)
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 429 || status >= 500) {
                    lastProblem = "HTTP " + status;
                    if (status == 429 && attempt < options.retries()) {
                        Optional<Duration> asked = retryAfter(response.headers().firstValue("Retry-After"));
                        if (asked.isPresent() && asked.get().compareTo(backoff(attempt + 1)) > 0) {
                            pause(min(asked.get(), options.maxBackoff()));
                        }
                    }
                    continue;
                }
                return new Answer(url, status, body(response));
            } catch (IOException e) {
                lastProblem = "no answer (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestFailedException("interrupted while reading " + url);
            }
        }
        throw new HarvestFailedException("GET " + url + ": " + lastProblem + " after " + (options.retries() + 1) + " attempts");
    }

    int requests() {
        return requests;
    }

    int retries() {
        return retries;
    }

    private Duration backoff(int attempt) {
        Duration wait = options.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return min(wait, options.maxBackoff());
    }

    private void pause(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFailedException("interrupted while waiting to retry");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static byte[] body(HttpResponse<byte[]> response) {
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter(e -> e.equalsIgnoreCase("gzip")).isPresent();
        if (!gzipped) {
            return response.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new HarvestFailedException("GET " + response.uri() + ": the gzipped answer cannot be unzipped: " + e.getMessage());
        }
    }
}
