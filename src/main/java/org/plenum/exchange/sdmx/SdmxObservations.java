package org.plenum.exchange.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.stats.SdgArea;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;

/**
 * Turns an {@link SdgReport} into SDMX observations, the same for SDMX-CSV and SDMX-ML.
 *
 * <ul>
 *   <li>REF_AREA: the country's UN M49 code in three digits ({@code 646}); the world {@code 001}; an IPU region, which
 *       is not an M49 area, {@code IPU_} and its term ({@code IPU_SUB_SAHARAN_AFRICA}), outside the UN's area code
 *       list: leave aggregates out ({@code areas=countries}) for a submission to the UN. A country without an M49
 *       code cannot be written and is left out (the JSON report still lists it).</li>
 *   <li>SEX {@code F} for the series about women, {@code _T} otherwise; AGE {@code Y0T45} for the series about
 *       members aged 45 or under, {@code _T} otherwise; every other dimension {@code _T}. FREQ {@code A},
 *       REPORTING_TYPE {@code G} (global data, from the custodian).</li>
 *   <li>OBS_STATUS {@code A} (normal) for a value, {@code O} (missing value) for none, with OBS_VALUE {@code NaN}
 *       and the reason in COMMENT_OBS. NATURE {@code C} (country data) for a country; none for an aggregate, which is
 *       Plenum's own computation.</li>
 *   <li>SOURCE_DETAIL names IPU (and UN DESA for the population) and the rows the values come from; COMMENT_OBS gives
 *       the reference date, the chamber, and the observation's notes.</li>
 * </ul>
 */
final class SdmxObservations {

    private SdmxObservations() {
    }

    static List<SdmxObservation> of(SdgReport report) {
        List<SdmxObservation> out = new ArrayList<>();
        for (SdgObservation o : report.observations()) {
            refArea(o.area()).ifPresent(area -> out.add(observation(report, o, area)));
        }
        return out;
    }

    static Optional<String> refArea(SdgArea area) {
        return switch (area.kind()) {
            case COUNTRY, WORLD -> area.m49Code();
            case REGION -> Optional.of("IPU_" + area.code().toUpperCase(Locale.ROOT));
        };
    }

    private static SdmxObservation observation(SdgReport report, SdgObservation o, String refArea) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String dimension : SdgDataStructure.DIMENSIONS) {
            key.put(dimension, "_T");
        }
        key.put("FREQ", "A");
        key.put("REPORTING_TYPE", "G");
        key.put("SERIES", o.series().code());
        key.put("REF_AREA", refArea);
        key.put("SEX", o.series().group() == SdgSeries.Group.WOMEN ? "F" : "_T");
        key.put("AGE", o.series().group() == SdgSeries.Group.AGED_45_OR_UNDER ? "Y0T45" : "_T");

        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("UNIT_MEASURE", o.series().unit().name());
        attributes.put("UNIT_MULT", "0");
        if (!o.area().isAggregate()) {
            attributes.put("NATURE", "C");
        }
        attributes.put("OBS_STATUS", o.value().isPresent() ? "A" : "O");
        attributes.put("SOURCE_DETAIL", sourceDetail(o));
        attributes.put("COMMENT_OBS", comment(report, o));
        return new SdmxObservation(key, Integer.toString(report.year()),
                o.value().map(java.math.BigDecimal::toPlainString).orElse("NaN"), attributes);
    }

    private static String sourceDetail(SdgObservation o) {
        String who = o.series().indicator() == SdgSeries.Indicator.WOMEN_IN_PARLIAMENT
                ? "Inter-Parliamentary Union (IPU)"
                : "Inter-Parliamentary Union (IPU); UN DESA, World Population Prospects";
        String what = o.area().isAggregate() ? "aggregated by Plenum from the country values"
                : String.join("; ", o.sources());
        return who + (what.isEmpty() ? "" : ": " + what);
    }

    private static String comment(SdgReport report, SdgObservation o) {
        List<String> parts = new ArrayList<>();
        parts.add("As at " + report.referenceDate() + o.chamber().map(c -> ", chamber " + c).orElse(""));
        o.missingReason().ifPresent(reason -> parts.add("No value: " + reason));
        parts.addAll(o.notes());
        return String.join(". ", parts) + ".";
    }
}
