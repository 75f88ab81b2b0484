package org.plenum.exchange;

import java.util.List;
import java.util.OptionalLong;

/**
 * What an import did: rows read, entities and facts added, changed and unchanged, rows rejected
 * (each with file, row, column and reason), warnings about what was imported anyway (same form), and
 * the publication it was recorded under.
 */
public record ImportReport(String format, List<String> files, int rowsRead, int entitiesAdded, int added, int changed,
                           int unchanged, List<String> rejected, List<String> warnings, OptionalLong publication,
                           java.util.Map<String, Long> rejectedBeyond) {

    public ImportReport {
        files = List.copyOf(files);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        rejectedBeyond = java.util.Map.copyOf(rejectedBeyond);
    }

    /** A report whose rejections are all listed in {@code rejected}. */
    public ImportReport(String format, List<String> files, int rowsRead, int entitiesAdded, int added, int changed,
                        int unchanged, List<String> rejected, List<String> warnings, OptionalLong publication) {
        this(format, files, rowsRead, entitiesAdded, added, changed, unchanged, rejected, warnings, publication,
                java.util.Map.of());
    }

    /**
     * How many rows were rejected in all: those in {@code rejected}, and those a reader that streams a large file
     * counted by reason only ({@code rejectedBeyond}, docs/decisions/0028).
     */
    public long rejectedCount() {
        return rejected.size() + rejectedBeyond.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many rejections {@link #render} lists one by one; beyond, it counts them by reason. */
    static final int MAX_LISTED = 300;

    /**
     * Rejections counted by reason: the column and the reason without the file, the row and the values quoted in it
     * ({@code column Country: unknown country name '…'}), most frequent first.
     */
    static java.util.Map<String, Long> reasons(List<String> rejected) {
        return reasons(rejected, java.util.Map.of());
    }

    /** {@link #reasons(List)}, adding rejections already counted by reason. */
    static java.util.Map<String, Long> reasons(List<String> rejected, java.util.Map<String, Long> counted) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>(counted);
        for (String line : rejected) {
            counts.merge(reasonOf(line), 1L, Long::sum);
        }
        java.util.Map<String, Long> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The reason of one rejection, as {@link #reasons} counts it. */
    static String reasonOf(String line) {
        int row = line.indexOf(", row ");
        String rest = row < 0 ? line : line.substring(row + 6);
        int after = rest.indexOf(", ");
        int colon = rest.indexOf(": ");
        String reason = after >= 0 && (colon < 0 || after < colon) ? rest.substring(after + 2)
                : colon >= 0 ? rest.substring(colon + 2) : rest;
        return reason.replaceAll("'[^']*'", "'…'").replaceAll("[0-9]+", "#");
    }

    /** How many reasons {@link #render} lists; the rest are summed in one line. */
    static final int MAX_REASONS = 50;

    private static void byReason(StringBuilder out, java.util.Map<String, Long> reasons) {
        int listed = 0;
        long others = 0;
        for (var reason : reasons.entrySet()) {
            if (listed++ < MAX_REASONS) {
                out.append(String.format("    %,9d  %s%n", reason.getValue(), reason.getKey()));
            } else {
                others += reason.getValue();
            }
        }
        if (reasons.size() > MAX_REASONS) {
            out.append(String.format("    %,9d  in %,d other reasons%n", others, reasons.size() - MAX_REASONS));
        }
    }

    /** The report as the command line prints it: the first {@value #MAX_LISTED} rejections, then counts by reason. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Imported ").append(format).append(": ").append(String.join(", ", files)).append('\n');
        out.append("  rows read:       ").append(rowsRead).append('\n');
        out.append("  entities added:  ").append(entitiesAdded).append('\n');
        out.append("  facts added:     ").append(added).append('\n');
        out.append("  facts changed:   ").append(changed).append('\n');
        out.append("  facts unchanged: ").append(unchanged).append('\n');
        long rejectedCount = rejectedCount();
        out.append("  rejected:        ").append(rejectedCount).append('\n');
        for (String reason : rejected.subList(0, Math.min(rejected.size(), MAX_LISTED))) {
            out.append("    ").append(reason).append('\n');
        }
        if (rejectedCount > MAX_LISTED) {
            out.append("    ... and ").append(rejectedCount - Math.min(rejected.size(), MAX_LISTED))
                    .append(" more; all rejections by reason:\n");
            byReason(out, reasons(rejected, rejectedBeyond));
        }
        out.append("  warnings:        ").append(warnings.size()).append('\n');
        for (String warning : warnings.subList(0, Math.min(warnings.size(), MAX_LISTED))) {
            out.append("    ").append(warning).append('\n');
        }
        if (warnings.size() > MAX_LISTED) {
            out.append("    ... and ").append(warnings.size() - MAX_LISTED).append(" more; all warnings by reason:\n");
            byReason(out, reasons(warnings));
        }
        out.append(publication.isPresent()
                ? "  published as publication " + publication.getAsLong() + "\n"
                : "  nothing new: no publication\n");
        return out.toString();
    }
}
