package org.plenum.exchange.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.plenum.exchange.bulk.BulkDownloads;
import org.plenum.exchange.export.DownloadService;
import org.plenum.exchange.export.ExportFormat;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /downloads[?year=Y&month=M]}: every report's files of a month in every format (the addresses of
 * {@code /api/v1/downloads}, decision 0011), and the bulk downloads kept with size, date, publication, checksum and
 * citation (decision 0035). The month defaults to the newest one with figures.
 */
@PageController
class DownloadsPageController {

    private final BulkDownloads bulk;
    private final PublishedRegistry registry;
    private final RepresentationStatistics statistics;

    DownloadsPageController(BulkDownloads bulk, PublishedRegistry registry, RepresentationStatistics statistics) {
        this.bulk = bulk;
        this.registry = registry;
        this.statistics = statistics;
    }

    @GetMapping({"/downloads", "/downloads/"})
    String downloads(@RequestParam(required = false) String year, @RequestParam(required = false) String month, Model model) {
        YearMonth chosen = month(year, month);
        List<DownloadsPage.ReportFiles> reports = new ArrayList<>();
        for (String report : DownloadService.REPORTS) {
            String parameters = switch (report) {
                case "sdg" -> "year=" + chosen.getYear();
                case "compare" -> "field=current_women_percent&structure=lower&from-year=" + (chosen.getYear() - 4)
                        + "&to-year=" + chosen.getYear();
                default -> "year=" + chosen.getYear() + "&month=" + chosen.getMonthValue();
            };
            List<DownloadsPage.FileLink> files = new ArrayList<>();
            for (ExportFormat format : ExportFormat.values()) {
                boolean sdmx = format == ExportFormat.SDMX_CSV || format == ExportFormat.SDMX_ML;
                if (sdmx && !report.equals("sdg")) {
                    continue;
                }
                files.add(new DownloadsPage.FileLink(format.id(), "/api/v1/downloads/" + report + "?" + parameters
                        + "&format=" + format.id()));
            }
            reports.add(new DownloadsPage.ReportFiles(report, parameters, files));
        }
        List<DownloadsPage.Bulk> builds = bulk.builds().stream()
                .map(b -> new DownloadsPage.Bulk(b, bulk.citation(b))).toList();
        model.addAttribute("downloads", new DownloadsPage(chosen, reports, builds));
        return "exchange/downloads";
    }

    private YearMonth month(String year, String month) {
        if (year == null && month == null) {
            return statistics.newestDataMonth(registry.current()).orElse(YearMonth.now(java.time.ZoneOffset.UTC));
        }
        if (year == null || !year.matches("(19|20)[0-9]{2}")) {
            throw new BadPageRequestException("year", "a year from 1945, e.g. 2025, given with month");
        }
        if (month == null || !month.matches("[1-9]|1[0-2]|0[1-9]")) {
            throw new BadPageRequestException("month", "a month from 1 to 12, given with year");
        }
        YearMonth chosen = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
        if (chosen.isBefore(YearMonth.of(1945, 1)) || chosen.isAfter(YearMonth.now(java.time.ZoneOffset.UTC))) {
            throw new BadPageRequestException("month", "a month from January 1945 to this month");
        }
        return chosen;
    }
}
