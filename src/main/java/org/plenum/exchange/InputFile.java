package org.plenum.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** One input file: the name used in reports and sources, and its bytes. */
public record InputFile(String name, byte[] content) {
    public InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public static InputFile of(Path path) {
        try {
            return new InputFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
