package org.plenum.exchange.export;

import java.util.Objects;

/** A written download: the file name to save it under, its content type and its bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {
    public ExportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
