package org.plenum.exchange.export;

import java.util.List;
import java.util.Objects;

/**
 * A report ready to be written in any format: its metadata block, its table as IPU prints it and its tidy
 * table.
 *
 * @param name     the file name without extension, e.g. {@code women-ranking-2025-11}
 * @param metadata the metadata block in IPU's order (Title, Reference period, …, Dataset notes)
 */
public record Download(String name, List<MetadataLine> metadata, IpuTable ipu, TidyTable tidy) {
    public Download {
        Objects.requireNonNull(name, "name");
        metadata = List.copyOf(metadata);
        Objects.requireNonNull(ipu, "ipu");
        Objects.requireNonNull(tidy, "tidy");
    }
}
