package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.EntityRef;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;

/** The files the IPU reader tests read, and small helpers to look into what a reader made of them. */
final class IpuTestFiles {

    static final String RANKING = "women-ranking-2025-11.csv";
    static final String COMPARE = "compare-upper-chambers-women-percent-2020.csv";
    static final String OLD_LAYOUT = "women-ranking-old-layout-2023-03-synthetic.csv";

    private IpuTestFiles() {
    }

    /** A file of the bundled dataset ({@code src/main/resources/dataset/ipu}). */
    static byte[] bundled(String name) {
        return ReaderFixtures.bundled("ipu", name).content();
    }

    /** A test file ({@code src/test/resources/ipu}). */
    static byte[] testFile(String name) {
        return ReaderFixtures.resource("/ipu/" + name);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bundled file's text with one line replaced (the line must occur exactly once). */
    static InputFile bundledWithLine(String name, String line, String replacement) {
        String text = utf8(bundled(name));
        assertThat(text.split(java.util.regex.Pattern.quote(line), -1)).as("occurrences of " + line).hasSize(2);
        return ReaderFixtures.text(name, text.replace(line, replacement));
    }

    /** What makes the file unusable; fails when the reader reads it. */
    static UnusableFileException unusable(FormatReader reader, String name, byte[] content) {
        try {
            reader.read(List.of(new InputFile(name, content)));
        } catch (UnusableFileException e) {
            return e;
        }
        throw new AssertionError("the file was read");
    }

    static List<FactAssertion> facts(ParsedFile parsed, String entityCode) {
        return parsed.facts().stream().filter(f -> f.entity().code().equals(entityCode)).toList();
    }

    static Optional<FactAssertion> fact(ParsedFile parsed, String entityCode, String field) {
        List<FactAssertion> found = facts(parsed, entityCode).stream().filter(f -> f.field().equals(field)).toList();
        assertThat(found).as(entityCode + " " + field).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    static FactValue value(ParsedFile parsed, String entityCode, String field) {
        return fact(parsed, entityCode, field).orElseThrow(() -> new AssertionError("no " + field + " for " + entityCode))
                .value();
    }

    static boolean declared(ParsedFile parsed, EntityRef entity) {
        return parsed.entities().stream().anyMatch(d -> d.entity().equals(entity));
    }
}
