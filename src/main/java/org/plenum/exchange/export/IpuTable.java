package org.plenum.exchange.export;

import java.util.List;

/**
 * A report's table as IPU's export prints it: one or two header rows (the ranking's second row names each
 * chamber's columns), then rows of cells as printed ({@code -} for unknown, {@code 07.2024} for a month).
 */
public record IpuTable(List<List<String>> header, List<List<String>> rows) {
    public IpuTable {
        header = header.stream().map(List::copyOf).toList();
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The number of columns, which every metadata line is padded to. */
    public int width() {
        return header.get(0).size();
    }
}
