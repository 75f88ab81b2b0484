package org.plenum.exchange.web;

import java.net.http.HttpResponse;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Waits for the server's bulk download of a publication (built in the background after the start). */
final class BulkBuilds {

    private BulkBuilds() {
    }

    static JsonNode await(BiFunction<String, String[], HttpResponse<String>> get, JsonMapper json, long publication)
            throws InterruptedException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode build : json.readTree(get.apply("/api/v1/downloads/bulk", new String[0]).body()).get("data")) {
                if (build.at("/attributes/publication").asLong() == publication) {
                    return build;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no bulk download of publication " + publication + " within 4 minutes");
    }
}
