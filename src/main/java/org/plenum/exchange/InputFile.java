package org.plenum.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file: the name used in reports and sources, and its bytes. A file read from disk ({@link #of(Path)}) is
 * not held in memory: a reader that streams ({@link #open()}) reads it piece by piece (docs/decisions/0028); the
 * others take all its bytes at once ({@link #content()}).
 */
public final class InputFile {

    private final String name;
    private final byte[] content;
    private final Path path;

    /** A file whose bytes are already in memory. */
    public InputFile(String name, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content");
        this.path = null;
    }

    private InputFile(Path path) {
        this.name = path.getFileName().toString();
        this.content = null;
        this.path = path;
    }

    /** A file on disk, read when a reader asks for it. */
    public static InputFile of(Path path) {
        return new InputFile(path);
    }

    public String name() {
        return name;
    }

    /** All the file's bytes (read from disk for a file on disk, at each call). */
    public byte[] content() {
        if (content != null) {
            return content;
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes as a stream, from the start; the caller closes it. */
    public InputStream open() {
        if (content != null) {
            return new ByteArrayInputStream(content);
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file's size in bytes. */
    public long size() {
        if (content != null) {
            return content.length;
        }
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
