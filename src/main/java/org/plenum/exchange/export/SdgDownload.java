package org.plenum.exchange.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;

/**
 * The SDG report of a year as a download (the SDMX formats are written by {@code exchange.sdmx}): one row per
 * series and area, the value or why it is missing, and the notes on the value.
 */
final class SdgDownload {

    static final String REPORT = "sdg";

    private SdgDownload() {
    }

    static Download of(SdgReport report, String query, Provenance provenance, ExportFormat format) {
        String series = report.series().stream().map(SdgSeries::code).collect(Collectors.joining(", "));
        String notes = "**Notes** :\n\n*   SDG indicators 5.5.1(a) and 16.7.1(a), whose custodian is the"
                + " Inter-Parliamentary Union, computed by Plenum; regional aggregates from raw counts.\n*   Series: "
                + series + "; reference date " + report.referenceDate() + "."
                + "\n*   Year convention: the UN SDG database's (decision 0008). The value of year Y describes the"
                + " parliaments on the reference date of Y: 1 January Y from 2020 (5.5.1(a) and 16.7.1(a)), 1 February Y"
                + " for 2013-2019, IPU's day in late January or early February for 1997-2012. The World Bank's"
                + " SG.GEN.PARL.ZS for year Y describes about 1 December Y / 1 January Y+1: compare it with year Y+1 here."
                + report.notes().stream().map(n -> "\n*   " + n).collect(Collectors.joining());
        List<MetadataLine> metadata = provenance.metadata("SDG indicators on national parliaments",
                Integer.toString(report.year()), "-", "Any", REPORT, "/api/v1/reports/sdg", query, format, notes);
        IpuTable ipu = new IpuTable(List.of(List.of("Series", "Indicator", "Area", "M49 code", "Chamber", "Value", "Notes")),
                report.observations().stream().map(o -> List.of(o.series().code(), o.series().indicator().number(),
                        o.area().name(), o.area().m49Code().orElse("-"), o.chamber().orElse("-"),
                        o.value().map(v -> v.toPlainString()).orElse("-"), notes(o))).toList());
        TidyTable tidy = new TidyTable(List.of("series", "indicator", "area_kind", "area_code", "m49_code", "area_name",
                "chamber_code", "reference_date", "value", "missing_reason", "notes"),
                report.observations().stream().map(o -> Arrays.<Object>asList(o.series().code(),
                        o.series().indicator().number(), o.area().kind().name().toLowerCase(Locale.ROOT), o.area().code(),
                        o.area().m49Code().orElse(null), o.area().name(), o.chamber().orElse(null),
                        report.referenceDate().toString(), o.value().orElse(null), o.missingReason().orElse(null),
                        o.notes().isEmpty() ? null : String.join("; ", o.notes()))).toList());
        return new Download(REPORT + "-" + report.year(), metadata, ipu, tidy);
    }

    private static String notes(SdgObservation observation) {
        List<String> notes = observation.missingReason().map(r -> (List<String>) List.of(r)).orElse(List.of());
        return String.join("; ", Stream.concat(notes.stream(), observation.notes().stream()).toList());
    }
}
