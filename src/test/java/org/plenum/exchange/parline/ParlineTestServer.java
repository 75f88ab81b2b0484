package org.plenum.exchange.parline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Parline-compatible API on the loopback interface for the harvester's tests: collections paged by
 * {@code page[number]}/{@code page[size]} with {@code meta.total} (and, when asked, {@code links.next}), other
 * documents as given, 404 for the rest, and failures on demand. It logs every request it answers.
 */
final class ParlineTestServer implements AutoCloseable {

    /** What to answer instead of the document: a status and headers, or null to answer normally. */
    record Failure(int status, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, List<String>> collections = new LinkedHashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<String, Failure> failures = request -> null;
    private volatile boolean history;
    private volatile boolean nextLinks;

    ParlineTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI base() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/v1");
    }

    ParlineTestServer collection(String path, String... records) {
        collections.put("/v1/" + path, List.of(records));
        return this;
    }

    ParlineTestServer document(String path, String json) {
        documents.put("/v1/" + path, json);
        return this;
    }

    /** Adds {@code links.next} to the pages, as Plenum does (Parline's clients page by {@code meta.total}). */
    ParlineTestServer withNextLinks() {
        nextLinks = true;
        return this;
    }

    /** Answers as a Plenum does to {@code history=all}: says it in {@code meta.history} (decision 0027). */
    ParlineTestServer withHistory() {
        history = true;
        return this;
    }

    /** Decides, per request ({@code path?query} as sent), whether to fail it. */
    void failWhen(Function<String, Failure> decision) {
        failures = decision;
    }

    /** The requests answered so far, as {@code path?query} (decoded). */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? ""
                : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String request = path + (query.isEmpty() ? "" : "?" + query);
        requests.add(request);
        Failure failure = failures.apply(request);
        if (failure != null) {
            failure.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            send(exchange, failure.status(), "{\"errors\": [{\"status\": \"" + failure.status() + "\", \"title\": \"failure on purpose\"}]}");
            return;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (collections.containsKey(trimmed)) {
            Map<String, String> parameters = parameters(query);
            List<String> records = collections.get(trimmed);
            int size = Integer.parseInt(parameters.getOrDefault("page[size]", "20"));
            int number = Integer.parseInt(parameters.getOrDefault("page[number]", "1"));
            int from = Math.min(records.size(), (number - 1) * size);
            int to = Math.min(records.size(), from + size);
            String next = to < records.size() ? "\"" + trimmed + "?" + (parameters.containsKey("history") ? "history="
                    + parameters.get("history") + "&" : "") + "page[number]=" + (number + 1) + "&page[size]=" + size + "\"" : "null";
            send(exchange, 200, "{\"data\": [" + String.join(",", records.subList(from, to)) + "], "
                    + (nextLinks ? "\"links\": {\"next\": " + next + "}, " : "")
                    + "\"meta\": {\"total\": " + records.size() + ", \"licence\": \"test\""
                    + (history && "all".equals(parameters.get("history")) ? ", \"history\": \"all\"" : "") + "}}");
        } else if (documents.containsKey(trimmed)) {
            send(exchange, 200, documents.get(trimmed));
        } else {
            send(exchange, 404, "{\"errors\": [{\"status\": \"404\", \"title\": \"Not found\"}]}");
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                parameters.put(parts[0], parts[1]);
            }
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.api+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
