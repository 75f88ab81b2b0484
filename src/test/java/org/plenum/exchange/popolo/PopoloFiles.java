package org.plenum.exchange.popolo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled EveryPolitician files, and edited copies of them for the tests of bad input. An edited copy is
 * synthetic: the tests that use one say what they changed.
 */
final class PopoloFiles {

    static final String LIECHTENSTEIN = "Liechtenstein-Landtag-ep-popolo-v1.0.json";
    static final String LIECHTENSTEIN_META = "Liechtenstein-Landtag-meta.json";
    static final String MONTENEGRO = "Montenegro-Assembly-ep-popolo-v1.0.json";
    static final String MONTENEGRO_META = "Montenegro-Assembly-meta.json";
    /** The day the tests take as today. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PopoloFiles() {
    }

    static InputFile bundled(String name) {
        return ReaderFixtures.bundled("everypolitician", name);
    }

    static PopoloReader reader() {
        return new PopoloReader(EverypoliticianLegislatures.bundled(), TODAY);
    }

    static ParsedFile read(InputFile... files) {
        return reader().read(List.of(files));
    }

    /** A copy of Liechtenstein's file, edited (synthetic), written with one member per line as EveryPolitician does. */
    static InputFile editedLiechtenstein(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled(LIECHTENSTEIN).content());
        edit.accept(root);
        return new InputFile("edited-" + LIECHTENSTEIN, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    static ObjectNode at(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return object;
    }
}
