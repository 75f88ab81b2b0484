package org.plenum.exchange;

import java.util.List;
import java.util.OptionalLong;

/**
 * What an import did: rows read, entities and facts added, changed and unchanged, rows rejected
 * (each with file, row, column and reason), warnings about what was imported anyway (same form), and
 * the publication it was recorded under.
 */
public record ImportReport(String format, List<String> files, int rowsRead, int entitiesAdded, int added, int changed,
                           int unchanged, List<String> rejected, List<String> warnings, OptionalLong publication) {

    public ImportReport {
        files = List.copyOf(files);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** The report as the command line prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Imported ").append(format).append(": ").append(String.join(", ", files)).append('\n');
        out.append("  rows read:       ").append(rowsRead).append('\n');
        out.append("  entities added:  ").append(entitiesAdded).append('\n');
        out.append("  facts added:     ").append(added).append('\n');
        out.append("  facts changed:   ").append(changed).append('\n');
        out.append("  facts unchanged: ").append(unchanged).append('\n');
        out.append("  rejected:        ").append(rejected.size()).append('\n');
        for (String reason : rejected) {
            out.append("    ").append(reason).append('\n');
        }
        out.append("  warnings:        ").append(warnings.size()).append('\n');
        for (String warning : warnings) {
            out.append("    ").append(warning).append('\n');
        }
        out.append(publication.isPresent()
                ? "  published as publication " + publication.getAsLong() + "\n"
                : "  nothing new: no publication\n");
        return out.toString();
    }
}
