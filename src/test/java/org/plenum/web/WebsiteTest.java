package org.plenum.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the website's tests: the whole application on the embedded database with the bundled dataset, on a random
 * port. Every subclass shares one application (the same configuration, so Spring's test context cache keeps it), in
 * the data directory {@code target/website-test-data}: the first run loads the dataset, later runs reuse it.
 *
 * <p>{@link #get} fetches a page over HTTP (no redirects followed, no cookies kept unless sent as a header).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebsiteTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        properties.add("PLENUM_DATA_DIR", () -> Path.of("target", "website-test-data").toAbsolutePath().toString());
    }

    /** The address of {@code pathAndQuery} on the running application. */
    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** GET {@code pathAndQuery}; {@code headers} are name, value, name, value... */
    protected HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page weight of {@code pathAndQuery}: HTML plus the CSS and JS it loads (see {@link PageWeight}). */
    protected PageWeight weigh(String pathAndQuery) {
        return PageWeight.of(url(pathAndQuery));
    }
}
