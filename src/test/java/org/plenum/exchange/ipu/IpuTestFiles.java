package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
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
        return resource("/dataset/ipu/" + name);
    }

    /** A test file ({@code src/test/resources/ipu}). */
    static byte[] testFile(String name) {
        return resource("/ipu/" + name);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bundled file's text with one line replaced (the line must occur exactly once). */
    static InputFile bundledWithLine(String name, String line, String replacement) {
        String text = utf8(bundled(name));
        assertThat(text.split(java.util.regex.Pattern.quote(line), -1)).as("occurrences of " + line).hasSize(2);
        return new InputFile(name, text.replace(line, replacement).getBytes(StandardCharsets.UTF_8));
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

    private static byte[] resource(String path) {
        try (InputStream in = IpuTestFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
