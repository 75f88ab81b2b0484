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
}
