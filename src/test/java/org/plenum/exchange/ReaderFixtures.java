package org.plenum.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;

/** Test helpers: the bundled dataset files as {@link InputFile}s, and look-ups in a {@link ParsedFile}. */
public final class ReaderFixtures {

    private ReaderFixtures() {
    }

    /** A bundled file, e.g. {@code bundled("reference", "chambers.csv")}. */
    public static InputFile bundled(String folder, String name) {
        return new InputFile(name, resource("/dataset/" + folder + "/" + name));
    }

    /** The bytes of a class-path resource: a bundled file or a test file, e.g. {@code /ipu/<name>}. */
    public static byte[] resource(String path) {
        try (InputStream in = ReaderFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A synthetic test file (labelled as such by its callers). */
    public static InputFile text(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static List<FactAssertion> facts(ParsedFile parsed, EntityType type, String code, String field) {
        return parsed.facts().stream()
                .filter(f -> f.entity().type() == type && f.entity().code().equals(code) && f.field().equals(field))
                .toList();
    }

    /** The only fact of that entity and field. */
    public static FactAssertion fact(ParsedFile parsed, EntityType type, String code, String field) {
        List<FactAssertion> found = facts(parsed, type, code, field);
        if (found.size() != 1) {
            throw new AssertionError("expected one fact " + field + " of " + type.id() + " " + code + ", found " + found);
        }
        return found.get(0);
    }

    public static Optional<FactAssertion> maybeFact(ParsedFile parsed, EntityType type, String code, String field) {
        List<FactAssertion> found = facts(parsed, type, code, field);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The value of a fact, or null when the value is missing. */
    public static String value(FactAssertion fact) {
        return fact.value() instanceof FactValue.Present present ? present.value() : null;
    }

    public static long count(ParsedFile parsed, String field) {
        return parsed.facts().stream().filter(f -> f.field().equals(field)).count();
    }
}
