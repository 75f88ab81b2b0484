package org.plenum.exchange.popolo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenum.exchange.ImportWarning;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.RejectedRow;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.StrictUtf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file read strictly (UTF-8 only, one JSON value, no repeated member names) with the line on which each
 * value down to the third level starts ({@code /memberships/12/start_date}), so that a rejection names both the
 * line an editor shows and the JSON pointer (RFC 6901) of the offending value.
 */
final class JsonDocument {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int INDEXED_DEPTH = 3;

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonDocument(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads a file whose top level must be a JSON object.
     *
     * @throws UnusableFileException when the file is not UTF-8, is empty, is not well-formed JSON (the message gives
     *                               the line and column), repeats a member name in an object, or is not an object
     */
    static JsonDocument parse(InputFile input) {
        String text = StrictUtf8.decode(input);
        if (text.isBlank()) {
            throw new UnusableFileException(input.name(), "the file is empty");
        }
        JsonNode root;
        Map<String, Integer> lines = new HashMap<>();
        try {
            root = JSON.readTree(text);
            try (JsonParser parser = JSON.createParser(text)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        continue;
                    }
                    String pointer = parser.streamReadContext().pathAsPointer().toString();
                    if (depth(pointer) <= INDEXED_DEPTH) {
                        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                    }
                }
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new UnusableFileException(input.name(), "not well-formed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnusableFileException(input.name(), "the file is not a JSON object");
        }
        return new JsonDocument(input.name(), root, lines);
    }

    private static int depth(String pointer) {
        int depth = 0;
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** The line on which the value at {@code pointer} (or, below the indexed depth, its nearest ancestor) starts. */
    int line(String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            int slash = at.lastIndexOf('/');
            if (slash < 0) {
                return 1;
            }
            at = at.substring(0, slash);
        }
    }

    /** A rejection of the value at {@code pointer}: its line as the row, the pointer as the column. */
    RejectedRow reject(String pointer, String reason) {
        return new RejectedRow(file, line(pointer), pointer, reason);
    }

    ImportWarning warn(String pointer, String message) {
        return new ImportWarning(file, line(pointer), pointer, message);
    }

    /** The source of a value read at {@code pointer}: {@code <file name> <pointer>}. */
    String source(String pointer) {
        return file + " " + pointer;
    }

    /** The text member {@code name} of an object, when it is present and a string. */
    static Optional<String> text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /** Whether the object has the member (of any type, {@code null} included). */
    static boolean has(JsonNode object, String name) {
        return object.get(name) != null;
    }

    /**
     * Why the member {@code name} is not a usable text, when it is present but is not a non-blank string; empty
     * when it is absent, JSON {@code null} or a usable text.
     */
    static Optional<String> textProblem(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            return Optional.of(name + " must be a text, not " + value);
        }
        return value.stringValue().isBlank() ? Optional.of(name + " is blank") : Optional.empty();
    }
}
