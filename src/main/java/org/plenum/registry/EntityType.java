package org.plenum.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of things Plenum keeps data about. {@link #resource()} is the JSON:API type and the
 * collection path segment, as on Parline's API.
 */
public enum EntityType {
    COUNTRY("countries", "country"),
    PARLIAMENT("parliaments", "parliament"),
    CHAMBER("chambers", "chamber"),
    ELECTION("elections", "election"),
    ELECTION_RESULT("election_results", "election_result"),
    POLITICAL_PARTY("political_parties", "political_party"),
    PERSON("people", "person"),
    SPECIALIZED_BODY("specialized_bodies", "specialized_body");

    private final String resource;
    private final String id;

    EntityType(String resource, String id) {
        this.resource = resource;
        this.id = id;
    }

    /** Collection path segment and JSON:API {@code type}, e.g. {@code chambers}. */
    public String resource() {
        return resource;
    }

    /** Singular identifier used in the field catalogue and the database, e.g. {@code chamber}. */
    public String id() {
        return id;
    }

    public static Optional<EntityType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static Optional<EntityType> byResource(String resource) {
        return Arrays.stream(values()).filter(t -> t.resource.equals(resource)).findFirst();
    }
}
