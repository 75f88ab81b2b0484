package org.plenum.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the server a test started. */
final class ApiClient {

    record Response(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        /** A header's value; a header sent on several lines (Vary) as one, its values separated by ", " (RFC 9110 5.3). */
        String header(String name) {
            List<String> values = raw.headers().allValues(name);
            return values.isEmpty() ? null : String.join(", ", values);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    Response get(String pathAndQuery, String... headers) {
        HttpResponse<String> response = send(HttpResponse.BodyHandlers.ofString(), pathAndQuery, headers);
        return new Response(response.statusCode(), response.body(), response);
    }

    /** The response as bytes, as they came over the wire (no decoding of any Content-Encoding). */
    HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        return send(HttpResponse.BodyHandlers.ofByteArray(), pathAndQuery, headers);
    }

    private <T> HttpResponse<T> send(HttpResponse.BodyHandler<T> body, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery.replace("[", "%5B").replace("]", "%5D")));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.GET().build(), body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
