package org.plenum.hubs;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A correspondent's request that their parliament join a hub from a date: the payload of a {@code hub-join}
 * proposal, as JSON {@code {"hub": "pacific", "parliament": "NZ", "from": "2026-11", "note": "…"}}.
 */
public record JoinRequest(String hub, String parliament, HubDate from, String note) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("hub", hub);
        doc.put("parliament", parliament);
        doc.put("from", from.toString());
        doc.put("note", note);
        return JSON.writeValueAsString(doc);
    }

    /** The request of a proposal's payload; a payload that is not one is a {@link HubDataException}. */
    public static JoinRequest fromJson(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return new JoinRequest(node.path("hub").asString(""), node.path("parliament").asString(""),
                    HubDate.parse(node.path("from").asString("")).orElseThrow(
                            () -> new HubDataException("from", "the request has no date")),
                    node.path("note").asString(""));
        } catch (tools.jackson.core.JacksonException | IllegalArgumentException e) {
            throw new HubDataException("payload", "not a request to join a hub: " + e.getMessage());
        }
    }
}
