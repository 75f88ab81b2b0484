package org.plenum.exchange;

/**
 * The file as a whole cannot be imported (empty, truncated, wrong layout, wrong encoding, not a
 * workbook...). The message names the file and, where it can, the row and column. Nothing is
 * written when this is thrown.
 */
public class UnusableFileException extends RuntimeException {
    private final String file;

    public UnusableFileException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public UnusableFileException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
