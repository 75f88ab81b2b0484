package org.plenum.exchange;

import java.util.List;

/**
 * Reads the files of one import format into entities and facts, without writing anything. A row
 * that cannot be used goes into {@link ParsedFile#rejected()} with its reason; a file that cannot be
 * used at all raises {@link UnusableFileException}.
 */
public interface FormatReader {

    /** The format's name on the command line, e.g. {@code ipu-ranking}. */
    String format();

    ParsedFile read(List<InputFile> files);

    /**
     * The largest file this reader takes, refused before it is read ({@link ImportLimits}): 32 MB for a reader that
     * holds a file in memory, more for one that streams it (docs/decisions/0022, 0028).
     */
    default long maxFileBytes() {
        return ImportLimits.MAX_FILE_BYTES;
    }
}
