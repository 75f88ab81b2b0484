package org.plenum.exchange.export;

import java.util.Objects;

/** One line of a download's metadata block, e.g. {@code Reference period: November 2025}. */
public record MetadataLine(String label, String value) {
    public MetadataLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
