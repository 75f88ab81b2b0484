package org.plenum.exchange.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stats.MonthRange;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.SdgIndicators;
import org.plenum.stats.SdgMessageFormat;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;
import org.plenum.stats.SdgUnavailableException;
import org.plenum.stats.youth.AgeBrackets;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the reports as files, for {@code plenum export} and {@code GET /api/v1/downloads/{report}}: the same
 * report names, parameters and formats for both. Reports: {@code women-ranking} and {@code women-averages}
 * ({@code year}, {@code month}); {@code age-brackets} ({@code year}, {@code month}, optional {@code chamber}); {@code sdg} ({@code year}, optional {@code series}: codes separated by commas,
 * all the year's series without it); {@code compare} ({@code field}: a chamber field of the catalogue;
 * {@code structure}: lower, upper or any, or {@code chambers}: chamber codes separated by commas;
 * {@code from-year}, {@code to-year}). Formats: {@code ipu-csv}, {@code csv}, {@code xlsx}, {@code json}, and
 * {@code sdmx-csv}, {@code sdmx-ml} for {@code sdg}.
 */
@Service
public class DownloadService {

    public static final List<String> REPORTS = List.of(WomenRankingDownload.REPORT, WomenAveragesDownload.REPORT,
            AgeBracketsDownload.REPORT, SdgDownload.REPORT, CompareDownload.REPORT);
    private static final Set<String> MONTH = Set.of("year", "month");
    private static final Set<String> SDG = Set.of("year", "series");
    private static final Set<String> AGES = Set.of("year", "month", "chamber");
    private static final Set<String> COMPARE = Set.of("field", "structure", "chambers", "from-year", "to-year");
    private static final Pattern CHAMBER = Pattern.compile("([A-Z]{2}|[A-Z]{4})-(LC|UC)[0-9]{2}");
    /** The most years one compare file covers (IPU's data start in 1945). */
    static final int MAX_YEARS = 100;

    private final RepresentationStatistics statistics;
    private final Provenance provenance;
    private final SdgIndicators sdg;
    private final List<SdgMessageFormat> sdgFormats;
    private final AgeBrackets ages;
    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final JsonMapper json;

    DownloadService(RepresentationStatistics statistics, AgeBrackets ages, SdgIndicators sdg,
                    List<SdgMessageFormat> sdgFormats, PublishedRegistry registry, FieldCatalogue catalogue,
                    Provenance provenance, JsonMapper json) {
        this.statistics = statistics;
        this.ages = ages;
        this.registry = registry;
        this.catalogue = catalogue;
        this.sdg = sdg;
        this.sdgFormats = List.copyOf(sdgFormats);
        this.provenance = provenance;
        this.json = json;
    }

    /**
     * The checks that need no data: the report, the parameters it takes, and the form of their values (numbers,
     * lists of codes, the SDMX formats for {@code sdg} only). {@code plenum export} runs them before it starts
     * anything, so a mistake is reported at once; {@link #export} runs them again with the data.
     *
     * @throws BadExportParameter naming the parameter at fault
     */
    public static void check(ExportRequest request) {
        Set<String> known = switch (request.report()) {
            case WomenRankingDownload.REPORT, WomenAveragesDownload.REPORT -> MONTH;
            case AgeBracketsDownload.REPORT -> AGES;
            case SdgDownload.REPORT -> SDG;
            case CompareDownload.REPORT -> COMPARE;
            default -> throw new BadExportParameter("report", "unknown_report", "Unknown report '" + request.report()
                    + "'; the reports are " + String.join(", ", REPORTS) + ".");
        };
        request.allow(known);
        if (!request.report().equals(SdgDownload.REPORT)
                && (request.format() == ExportFormat.SDMX_CSV || request.format() == ExportFormat.SDMX_ML)) {
            throw new BadExportParameter("format", "unsupported_format", "The format " + request.format().id()
                    + " is for the report sdg only; the other reports are written as ipu-csv, csv, xlsx or json.");
        }
        switch (request.report()) {
            case SdgDownload.REPORT -> {
                request.number("year", 1000, 9999);
                for (String code : request.optional("series").map(s -> s.split(",", -1)).orElse(new String[0])) {
                    if (Arrays.stream(SdgSeries.values()).noneMatch(s -> s.code().equals(code.strip()))) {
                        throw new BadExportParameter("series", "unknown_series", "Unknown series '" + code
                                + "'; the series are " + String.join(", ", Arrays.stream(SdgSeries.values())
                                .map(SdgSeries::code).toList()) + ".");
                    }
                }
            }
            case CompareDownload.REPORT -> {
                request.required("field", "a chamber field of the data dictionary, e.g. current_women_percent");
                if (request.optional("structure").isPresent() && request.optional("chambers").isPresent()) {
                    throw new BadExportParameter("chambers", "conflicting_parameters", "Give structure or chambers, not both.");
                }
                request.optional("chambers").ifPresent(DownloadService::chamberList);
                request.optional("structure").ifPresent(DownloadService::structure);
                int from = request.number("from-year", 1000, 9999);
                int to = request.number("to-year", 1000, 9999);
                if (to < from) {
                    throw new BadExportParameter("to-year", "out_of_range", "'to-year' (" + to + ") is before 'from-year' (" + from + ").");
                }
            }
            default -> request.month();
        }
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
            case AgeBracketsDownload.REPORT -> {
                request.allow(AGES);
                YearMonth month = month(request);
                Optional<String> chamber = request.optional("chamber");
                chamber.ifPresent(code -> {
                    if (!CHAMBER.matcher(code).matches() || registry.current().get(EntityRef.chamber(code)).isEmpty()) {
                        throw new BadExportParameter("chamber", "unknown_chamber", "There is no chamber with the code '"
                                + code + "'.");
                    }
                });
                String query = "year=" + month.getYear() + "&month=" + month.getMonthValue() + chamber.map(c -> "&chamber=" + c).orElse("");
                return AgeBracketsDownload.of(ages.compute(registry.current(), month.atDay(1),
                        code -> chamber.map(code::equals).orElse(true)), query, provenance, request.format());
            }
            case CompareDownload.REPORT -> {
                return compare(request);
            }
            default -> throw new BadExportParameter("report", "unknown_report", "Unknown report '" + request.report()
                    + "'; the reports are " + String.join(", ", REPORTS) + ".");
        }
    }

    private Download compare(ExportRequest request) {
        request.allow(COMPARE);
        String id = request.required("field", "a chamber field of the data dictionary, e.g. current_women_percent");
        Field field = catalogue.field(EntityType.CHAMBER, id).orElseThrow(() -> new BadExportParameter("field",
                "unknown_field", "'" + id + "' is not a chamber field of the data dictionary (/api/v1/metadata/fields)."));
        if (request.optional("structure").isPresent() && request.optional("chambers").isPresent()) {
            throw new BadExportParameter("chambers", "conflicting_parameters", "Give structure or chambers, not both.");
        }
        CompareDownload.Chambers chambers = request.optional("chambers").map(DownloadService::chamberList)
                .orElseGet(() -> structure(request.optional("structure").orElse("any")));
        int from = request.number("from-year", 1000, 9999);
        int to = request.number("to-year", 1000, 9999);
        if (to < from) {
            throw new BadExportParameter("to-year", "out_of_range", "'to-year' (" + to + ") is before 'from-year' (" + from + ").");
        }
        if (to - from + 1 > MAX_YEARS) {
            throw new BadExportParameter("to-year", "out_of_range", "A compare file covers at most " + MAX_YEARS
                    + " years; " + from + " to " + to + " is " + (to - from + 1) + ".");
        }
        String query = "field=" + id + request.optional("chambers").map(c -> "&chambers=" + c)
                .orElseGet(() -> "&structure=" + request.optional("structure").orElse("any"))
                + "&from-year=" + from + "&to-year=" + to;
        return CompareDownload.of(registry.current(), field, chambers, from, to, query, provenance, request.format());
    }

    private static CompareDownload.Chambers structure(String structure) {
        return switch (structure) {
            case "lower" -> new CompareDownload.Chambers("Only lower chambers", code -> code.endsWith("-LC01"));
            case "upper" -> new CompareDownload.Chambers("Only upper chambers", code -> code.endsWith("-UC02"));
            case "any" -> new CompareDownload.Chambers("Any", code -> true);
            default -> throw new BadExportParameter("structure", "unknown_structure", "'structure' is lower, upper or"
                    + " any; it is '" + structure + "'.");
        };
    }

    private static CompareDownload.Chambers chamberList(String list) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : list.split(",", -1)) {
            if (!CHAMBER.matcher(code.strip()).matches()) {
                throw new BadExportParameter("chambers", "invalid_chamber_code", "'chambers' is a list of chamber codes"
                        + " such as ES-LC01,ES-UC02; '" + code + "' is not one.");
            }
            codes.add(code.strip());
        }
        return new CompareDownload.Chambers("Chambers " + String.join(", ", codes), codes::contains);
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
                        + String.join(", ", Arrays.stream(SdgSeries.values()).map(SdgSeries::code).toList()) + ".");
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
