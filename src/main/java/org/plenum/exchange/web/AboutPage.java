package org.plenum.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the about page shows besides its texts: the sources of the bundled dataset, read from its SOURCES.md (the
 * table of files, origins, dates and licences), so that the page and the file never disagree.
 *
 * @param sources one row per file or group of files, as SOURCES.md lists them
 */
public record AboutPage(List<Source> sources) {

    public AboutPage {
        sources = List.copyOf(sources);
    }

    /** One row of SOURCES.md's table; Markdown's code and bold marks removed. */
    public record Source(String file, String what, String origin, String date, String licence) {
    }

    /** The table of {@code dataset/SOURCES.md}: its rows after the header and the separator line. */
    static AboutPage fromBundledSources() {
        try (InputStream in = AboutPage.class.getResourceAsStream("/dataset/SOURCES.md")) {
            if (in == null) {
                throw new IllegalStateException("dataset/SOURCES.md is missing from the application");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AboutPage of(String markdown) {
        List<Source> sources = new ArrayList<>();
        boolean header = true;
        for (String line : markdown.lines().toList()) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(c -> c.strip().replace("`", "").replace("**", "")).toList();
            if (header || cells.get(0).matches("-+")) {
                header = false;
                continue;
            }
            if (cells.size() == 5) {
                sources.add(new Source(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4)));
            }
        }
        return new AboutPage(sources);
    }
}
