package org.plenum.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The largest file an import takes: {@value #MAX_FILE_MB} MB, refused before it is read (docs/decisions/0022).
 * Readers hold a file's bytes, its rows and its facts in memory and the fact store writes them in one transaction;
 * with the heap capped at 512 MB a file of this size still imports or is refused cleanly, whatever it holds. Real
 * files are far smaller: IPU's monthly ranking 15 KB, its historical workbook 270 KB, a ParlGov table 2 MB, an
 * EveryPolitician file under 10 MB.
 */
public final class ImportLimits {

    static final int MAX_FILE_MB = 32;
    static final long MAX_FILE_BYTES = MAX_FILE_MB * 1024L * 1024L;

    /**
     * The largest file a reader that streams takes ({@code ipu-ranking}, docs/decisions/0028): its memory does not grow
     * with the file, its time does (about 10 s per 100 MB); beyond this, the file cannot be a real export.
     */
    public static final long MAX_STREAMED_FILE_BYTES = 1024L * 1024L * 1024L;

    private ImportLimits() {
    }

    static void checkSize(Path path, long limit) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (size > limit) {
            throw new UnusableFileException(path.getFileName().toString(), String.format(
                    "the file has %,d bytes (%.0f MB); this import takes files of up to %d MB (real IPU, ParlGov and"
                            + " EveryPolitician files are far smaller: is it the right file?)",
                    size, size / 1048576.0, limit / (1024 * 1024)));
        }
    }
}
