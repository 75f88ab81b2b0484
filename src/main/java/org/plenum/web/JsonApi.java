package org.plenum.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Constants of the JSON:API documents Plenum serves, and the error documents its write endpoints answer. */
public final class JsonApi {

    public static final String MEDIA_TYPE = "application/vnd.api+json";
    public static final MediaType MEDIA = MediaType.parseMediaType(MEDIA_TYPE);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonApi() {
    }

    /** A request document that cannot be used: {@link #response()} is the error document to answer with. */
    public static final class Refused extends RuntimeException {

        private final transient ResponseEntity<Map<String, Object>> response;

        Refused(ResponseEntity<Map<String, Object>> response) {
            super(String.valueOf(response.getBody()));
            this.response = response;
        }

        public ResponseEntity<Map<String, Object>> response() {
            return response;
        }
    }

    /**
     * The {@code data.attributes} object of a request document.
     *
     * @param shape the document expected, for the error's detail, e.g. {@code {"data": {"attributes": {…}}}}
     * @throws Refused 400 when the body is not JSON or has no attributes object
     */
    public static JsonNode attributes(String body, String shape) {
        JsonNode attributes;
        try {
            JsonNode root = JSON.readTree(body == null ? "" : body);
            attributes = root == null ? null : root.path("data").path("attributes");
        } catch (JacksonException e) {
            throw new Refused(error(HttpStatus.BAD_REQUEST, "invalid_json", "Invalid JSON", "The body is not JSON: "
                    + e.getOriginalMessage(), ""));
        }
        if (attributes == null || !attributes.isObject()) {
            throw new Refused(error(HttpStatus.BAD_REQUEST, "invalid_document", "Invalid document",
                    "The body must be " + shape + ".", "/data/attributes"));
        }
        return attributes;
    }

    /** A JSON:API resource object; {@code self} may be {@code null} (no links). */
    public static Map<String, Object> resource(String type, String id, Map<String, Object> attributes, String self) {
        Map<String, Object> resource = new java.util.LinkedHashMap<>();
        resource.put("type", type);
        resource.put("id", id);
        resource.put("attributes", attributes);
        if (self != null) {
            resource.put("links", Map.of("self", self));
        }
        return resource;
    }

    /** A JSON:API top-level document: {@code data}, {@code meta}, a {@code self} link and the version. */
    public static Map<String, Object> document(Object data, String self, Map<String, Object> meta) {
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", meta);
        document.put("links", Map.of("self", self));
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    /**
     * One JSON:API error object.
     *
     * @param pointer the JSON pointer of the part of the request the error is about ({@code source.pointer}); empty
     *                when it is about the whole request
     */
    public static Map<String, Object> error(int status, String code, String title, String detail, String pointer) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", Integer.toString(status));
        error.put("code", code);
        error.put("title", title);
        error.put("detail", detail);
        if (!pointer.isEmpty()) {
            error.put("source", Map.of("pointer", pointer));
        }
        return error;
    }

    /** A response with a JSON:API document of {@code errors}, never cached. */
    public static ResponseEntity<Map<String, Object>> errors(HttpStatus status, List<Map<String, Object>> errors) {
        return ResponseEntity.status(status).header("Content-Type", MEDIA_TYPE).header("Cache-Control", "no-store")
                .body(Map.of("errors", errors));
    }

    /** A response with a JSON:API document of one error, never cached. */
    public static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String title, String detail,
                                                            String pointer) {
        return errors(status, List.of(error(status.value(), code, title, detail, pointer)));
    }
}
