package org.plenum.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running server (its H2 server stops: connections refused). Health says "down" in
 * under a second; the requests that need the database are answered 503 quickly (bulkhead, short connection
 * timeout), never 500; and reads from the in-memory snapshot go on answering 200 while many such requests are in
 * flight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its database is gone: the context is not for other tests
class DatabaseOutageTest {

    static Server database;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws SQLException {
        database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        properties.add("PLENUM_DB_URL", () -> "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/mem:outage;DB_CLOSE_DELAY=-1");
        properties.add("PLENUM_LOAD_BUNDLED_DATASET", () -> "false");
        properties.add("PLENUM_PUBLICATIONS", () -> "false");
    }

    @AfterAll
    static void stop() {
        database.stop();
    }

    @Test
    void healthAndPublicationsFailFastWhileSnapshotReadsGoOn() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThat(get(http, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(http, "/api/v1/publications").statusCode()).isEqualTo(200);

        database.stop();
        // Connections of the pool were cut: the first health answer after the outage is at most one bound late.
        get(http, "/actuator/health");

        List<CompletableFuture<HttpResponse<String>>> needDatabase = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            needDatabase.add(http.sendAsync(request(i % 2 == 0 ? "/api/v1/publications" : "/api/v1/publications/women-ranking/2025-11"),
                    HttpResponse.BodyHandlers.ofString()));
        }
        long start = System.nanoTime();
        // The fastest of a few answers: the machine running the tests may be busy, but a health check that waited for
        // the pool (1 s) would never be under a second.
        long healthMillis = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long healthStart = System.nanoTime();
            HttpResponse<String> health = get(http, "/actuator/health");
            healthMillis = Math.min(healthMillis, (System.nanoTime() - healthStart) / 1_000_000);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
        }
        assertThat(healthMillis).as("health answers within a second").isLessThan(1000);

        long slowestRead = 0;
        for (int i = 0; i < 20; i++) {
            long readStart = System.nanoTime();
            HttpResponse<String> read = get(http, "/api/v1/chambers?page%5Bsize%5D=5");
            assertThat(read.statusCode()).isEqualTo(200);
            slowestRead = Math.max(slowestRead, (System.nanoTime() - readStart) / 1_000_000);
        }
        // Blocked reads would wait for the pool's timeout or longer; 2 s leaves room for a busy test machine.
        assertThat(slowestRead).as("the slowest read from the snapshot, ms").isLessThan(2000);
        for (CompletableFuture<HttpResponse<String>> future : needDatabase) {
            HttpResponse<String> response = future.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        }
        long allMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(allMillis).as("all 150 answered").isLessThan(30_000);
        System.out.printf("database outage: health DOWN in %d ms (fastest of 5), slowest snapshot read %d ms, 150 requests"
                + " needing the database answered 503 within %d ms%n", healthMillis, slowestRead, allMillis);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
