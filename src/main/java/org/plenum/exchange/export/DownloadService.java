package org.plenum.exchange.export;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.stats.MonthRange;
import org.plenum.stats.RepresentationStatistics;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the reports as files, for {@code plenum export} and {@code GET /api/v1/downloads/{report}}: the same
 * report names, parameters and formats for both. Reports: {@code women-ranking} and {@code women-averages}
 * ({@code year}, {@code month}). Formats: {@code ipu-csv}, {@code csv}, {@code xlsx}, {@code json}.
 */
@Service
public class DownloadService {

    public static final List<String> REPORTS = List.of(WomenRankingDownload.REPORT, WomenAveragesDownload.REPORT);
    private static final Set<String> MONTH = Set.of("year", "month");

    private final RepresentationStatistics statistics;
    private final Provenance provenance;
    private final JsonMapper json;

    DownloadService(RepresentationStatistics statistics, Provenance provenance, JsonMapper json) {
        this.statistics = statistics;
        this.provenance = provenance;
        this.json = json;
    }

    /** The publication the downloads are computed from (the cache key of the HTTP downloads). */
    public long publication() {
        return statistics.snapshot().publication();
    }

    public ExportFile export(ExportRequest request) {
        Download download = download(request);
        ExportFormat format = request.format();
        byte[] bytes = switch (format) {
            case IPU_CSV -> IpuCsvWriter.write(download);
            case CSV -> TidyCsvWriter.write(download.tidy());
            case XLSX -> XlsxWriter.write(download);
            case JSON -> JsonWriter.write(json, download);
            case SDMX_CSV, SDMX_ML -> throw new BadExportParameter("format", "unsupported_format", "The format "
                    + format.id() + " is for the report sdg only; " + request.report() + " is written as ipu-csv, csv, xlsx or json.");
        };
        return new ExportFile(download.name() + "." + format.extension(), format.contentType(), bytes);
    }

    private Download download(ExportRequest request) {
        switch (request.report()) {
            case WomenRankingDownload.REPORT -> {
                request.allow(MONTH);
                return WomenRankingDownload.of(statistics.womenRanking(month(request)), provenance, request.format());
            }
            case WomenAveragesDownload.REPORT -> {
                request.allow(MONTH);
                return WomenAveragesDownload.of(statistics.womenAverages(month(request)), provenance, request.format());
            }
            default -> throw new BadExportParameter("report", "unknown_report", "Unknown report '" + request.report()
                    + "'; the reports are " + String.join(", ", REPORTS) + ".");
        }
    }

    private YearMonth month(ExportRequest request) {
        YearMonth month = request.month();
        MonthRange range = statistics.months(statistics.snapshot(), EntityRecord.LATEST).orElseThrow(() ->
                new BadExportParameter("month", "no_data", "There are no statistics yet: nothing has been imported."));
        if (!range.contains(month)) {
            throw new BadExportParameter(month.isBefore(range.first()) || month.getYear() > range.last().getYear()
                    ? "year" : "month", "out_of_range", "There are statistics for the months " + range + " only; "
                    + month + " is not one of them.");
        }
        return month;
    }
}
