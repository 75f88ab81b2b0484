package org.plenum.exchange.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.stats.MonthRange;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.SdgIndicators;
import org.plenum.stats.SdgMessageFormat;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;
import org.plenum.stats.SdgUnavailableException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the reports as files, for {@code plenum export} and {@code GET /api/v1/downloads/{report}}: the same
 * report names, parameters and formats for both. Reports: {@code women-ranking} and {@code women-averages}
 * ({@code year}, {@code month}); {@code sdg} ({@code year}, optional {@code series}: codes separated by commas,
 * all the year's series without it). Formats: {@code ipu-csv}, {@code csv}, {@code xlsx}, {@code json}, and
 * {@code sdmx-csv}, {@code sdmx-ml} for {@code sdg}.
 */
@Service
public class DownloadService {

    public static final List<String> REPORTS = List.of(WomenRankingDownload.REPORT, WomenAveragesDownload.REPORT,
            SdgDownload.REPORT);
    private static final Set<String> MONTH = Set.of("year", "month");
    private static final Set<String> SDG = Set.of("year", "series");

    private final RepresentationStatistics statistics;
    private final Provenance provenance;
    private final SdgIndicators sdg;
    private final List<SdgMessageFormat> sdgFormats;
    private final JsonMapper json;

    DownloadService(RepresentationStatistics statistics, SdgIndicators sdg, List<SdgMessageFormat> sdgFormats,
                    Provenance provenance, JsonMapper json) {
        this.statistics = statistics;
        this.sdg = sdg;
        this.sdgFormats = List.copyOf(sdgFormats);
        this.provenance = provenance;
        this.json = json;
    }

    /** The publication the downloads are computed from (the cache key of the HTTP downloads). */
    public long publication() {
        return statistics.snapshot().publication();
    }

    public ExportFile export(ExportRequest request) {
        ExportFormat format = request.format();
        if (request.report().equals(SdgDownload.REPORT)) {
            SdgReport report = sdgReport(request);
            for (SdgMessageFormat message : sdgFormats) {
                if (message.id().equals(format.id())) {
                    return new ExportFile(SdgDownload.REPORT + "-" + report.year() + "." + format.extension(),
                            message.mediaType().toString(), message.write(report));
                }
            }
            return file(SdgDownload.of(report, sdgQuery(report), provenance, format), format);
        }
        return file(download(request), format);
    }

    private ExportFile file(Download download, ExportFormat format) {
        byte[] bytes = switch (format) {
            case IPU_CSV -> IpuCsvWriter.write(download);
            case CSV -> TidyCsvWriter.write(download.tidy());
            case XLSX -> XlsxWriter.write(download);
            case JSON -> JsonWriter.write(json, download);
            case SDMX_CSV, SDMX_ML -> throw new BadExportParameter("format", "unsupported_format", "The format "
                    + format.id() + " is for the report sdg only; the other reports are written as ipu-csv, csv, xlsx or json.");
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

    private SdgReport sdgReport(ExportRequest request) {
        request.allow(SDG);
        int year = request.number("year", 1000, 9999);
        List<SdgSeries> series = new ArrayList<>();
        for (String code : request.optional("series").map(s -> s.split(",", -1)).orElse(new String[0])) {
            try {
                series.add(SdgSeries.valueOf(code.strip()));
            } catch (IllegalArgumentException e) {
                throw new BadExportParameter("series", "unknown_series", "Unknown series '" + code + "'; the series are "
                        + String.join(", ", java.util.Arrays.stream(SdgSeries.values()).map(SdgSeries::code).toList()) + ".");
            }
        }
        try {
            return sdg.report(series, year, EntityRecord.LATEST);
        } catch (SdgUnavailableException e) {
            throw new BadExportParameter("year", "year_not_available", e.getMessage());
        }
    }

    private static String sdgQuery(SdgReport report) {
        return "series=" + String.join(",", report.series().stream().map(SdgSeries::code).toList()) + "&year=" + report.year();
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
