package org.plenum.exchange.bulk;

import java.time.Instant;
import java.util.List;

/**
 * One bulk download as built: everything published up to data publication {@code publication}, as a zip of tidy
 * CSV files and as JSON Lines (gzipped).
 *
 * @param publication   the data publication it holds (the number in its file names)
 * @param publishedAt   when that publication was made
 * @param builtAt       when the files were written
 * @param buildMillis   how long writing them took (wall-clock time)
 * @param cpuMillis     the CPU time of the thread that wrote them
 * @param files         the two files (zip, then JSON Lines)
 * @param entries       the zip's manifest: every file in it but the manifest itself
 */
public record BulkBuild(long publication, Instant publishedAt, Instant builtAt, long buildMillis, long cpuMillis, List<File> files,
                        List<BulkEntry> entries) {

    public BulkBuild {
        files = List.copyOf(files);
        entries = List.copyOf(entries);
    }

    /** A file of the build. {@code format} is {@code zip} or {@code jsonl.gz}. */
    public record File(String name, String format, long bytes, String sha256) {
    }

    /** {@code plenum-bulk-p42.zip} */
    public static String zipName(long publication) {
        return "plenum-bulk-p" + publication + ".zip";
    }

    /** {@code plenum-bulk-p42.jsonl.gz} */
    public static String jsonLinesName(long publication) {
        return "plenum-bulk-p" + publication + ".jsonl.gz";
    }

    /** Rows of facts in the zip, every entity type together. */
    public long factRows() {
        return entries.stream().filter(e -> e.name().startsWith("facts/")).mapToLong(BulkEntry::rows).sum();
    }

    /** Rows of entities in the zip, every entity type together. */
    public long entityRows() {
        return entries.stream().filter(e -> e.name().startsWith("entities/")).mapToLong(BulkEntry::rows).sum();
    }
}
