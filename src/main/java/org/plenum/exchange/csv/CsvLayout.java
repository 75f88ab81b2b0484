package org.plenum.exchange.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;

/**
 * The exact set of columns a kind of file has. Files are recognised by their header, not by their
 * name; the order of the columns does not matter, but a missing or an extra column does.
 *
 * @param name    how the kind of file is called in messages, e.g. {@code country-codes.csv}
 * @param columns the columns, in the order the source writes them
 */
public record CsvLayout(String name, List<String> columns) {

    public CsvLayout {
        columns = List.copyOf(columns);
    }

    public static CsvLayout of(String name, String... columns) {
        return new CsvLayout(name, List.of(columns));
    }

    private boolean matches(List<String> header) {
        return header.size() == columns.size() && Set.copyOf(header).equals(Set.copyOf(columns));
    }

    /**
     * Reads the files and recognises each by its header ({@link #recognise}); each layout may be given once.
     *
     * @param noun what one file is called in the message on a layout given twice, e.g. {@code file}
     * @param kind the same with what it is a file of, e.g. {@code reference file}
     * @return the files by layout, in the order given
     * @throws IllegalArgumentException when there is no file
     * @throws UnusableFileException     when a file cannot be read or recognised, or is the second of its layout
     */
    public static Map<CsvLayout, CsvFile> recogniseEach(List<InputFile> files, Collection<CsvLayout> layouts,
                                                        String noun, String kind) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to read");
        }
        Map<CsvLayout, CsvFile> byLayout = new LinkedHashMap<>();
        for (InputFile input : files) {
            CsvFile file = CsvFile.parse(input);
            CsvLayout layout = recognise(file, layouts);
            CsvFile earlier = byLayout.putIfAbsent(layout, file);
            if (earlier != null) {
                throw new UnusableFileException(file.name(), "a second " + layout.name() + " " + noun + " (after "
                        + earlier.name() + "); give each " + kind + " once");
            }
        }
        return byLayout;
    }

    /**
     * The layout whose columns are exactly the file's header.
     *
     * @throws UnusableFileException naming the columns missing from, and unexpected in, the layout
     *                               closest to the header (the one sharing most columns with it)
     */
    public static CsvLayout recognise(CsvFile file, Collection<CsvLayout> layouts) {
        for (CsvLayout layout : layouts) {
            if (layout.matches(file.header())) {
                return layout;
            }
        }
        CsvLayout closest = layouts.stream()
                .max(Comparator.comparingLong(l -> l.columns.stream().filter(file.header()::contains).count()))
                .orElseThrow();
        long shared = closest.columns.stream().filter(file.header()::contains).count();
        if (shared == 0) {
            throw new UnusableFileException(file.name(), "the header " + file.header()
                    + " is none of the expected layouts: "
                    + layouts.stream().map(CsvLayout::name).collect(Collectors.joining(", ")));
        }
        Set<String> missing = new LinkedHashSet<>(closest.columns);
        missing.removeAll(file.header());
        Set<String> unexpected = new LinkedHashSet<>(file.header());
        closest.columns.forEach(unexpected::remove);
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing columns " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            problems.add("unexpected columns " + String.join(", ", unexpected));
        }
        throw new UnusableFileException(file.name(), "the header does not match the " + closest.name
                + " layout: " + String.join("; ", problems));
    }
}
