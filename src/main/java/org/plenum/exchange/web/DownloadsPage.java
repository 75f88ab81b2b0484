package org.plenum.exchange.web;

import java.time.YearMonth;
import java.util.List;
import org.plenum.exchange.bulk.BulkBuild;

/**
 * What the downloads page shows: each report's files of a month in every format, and the bulk downloads kept.
 *
 * @param month   the month of the report files (the newest with figures by default)
 * @param reports each report and its files
 * @param builds  the bulk downloads kept, newest first, each with its citation line
 */
public record DownloadsPage(YearMonth month, List<ReportFiles> reports, List<Bulk> builds) {

    public DownloadsPage {
        reports = List.copyOf(reports);
        builds = List.copyOf(builds);
    }

    /** A report and the address of its file in each format. */
    public record ReportFiles(String report, String parameters, List<FileLink> files) {
        public ReportFiles {
            files = List.copyOf(files);
        }
    }

    /** One file: its format's name and address. */
    public record FileLink(String format, String url) {
    }

    /** A bulk download kept, and how to cite it. */
    public record Bulk(BulkBuild build, String citation) {
    }
}
