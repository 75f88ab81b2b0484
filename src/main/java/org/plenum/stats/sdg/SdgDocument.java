package org.plenum.stats.sdg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgReport;
import org.plenum.stats.SdgSeries;

/** The JSON:API document of an SDG report: one resource per observation, the method and sources in {@code meta}. */
final class SdgDocument {

    static final String TYPE = "sdg_observations";
    static final String PUBLISHER = "Plenum, computing the SDG series of which the Inter-Parliamentary Union is the "
            + "custodian from the data it compiles (IPU, UN DESA); each value names its sources";
    static final String LICENCE = "IPU data (members and women in parliament) CC BY-NC-SA 4.0; UN World Population "
            + "Prospects CC BY 3.0 IGO. The sources of each value are given with it.";
    static final String METHOD = "docs/decisions/0008-sdg-indicators.md";

    private SdgDocument() {
    }

    static Map<String, Object> of(SdgReport report, List<String> formats) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (SdgObservation observation : report.observations()) {
            data.add(resource(report, observation));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", meta(report, formats));
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    private static Map<String, Object> resource(SdgReport report, SdgObservation o) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("type", o.area().kind().name().toLowerCase(java.util.Locale.ROOT));
        area.put("code", o.area().code());
        area.put("m49_code", o.area().m49Code().orElse(null));
        area.put("name", o.area().name());
        Map<String, Object> components = new LinkedHashMap<>();
        o.components().forEach(c -> components.put(c.name(), c.value()));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("series", o.series().code());
        attributes.put("indicator", o.series().indicator().number());
        attributes.put("year", report.year());
        attributes.put("reference_date", report.referenceDate().toString());
        attributes.put("area", area);
        attributes.put("chamber", o.chamber().orElse(null));
        attributes.put("value", o.value().orElse(null));
        attributes.put("unit", o.series().unit().name().toLowerCase(java.util.Locale.ROOT));
        attributes.put("missing_reason", o.missingReason().orElse(null));
        attributes.put("components", components);
        attributes.put("notes", o.notes());
        attributes.put("sources", o.sources());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", TYPE);
        resource.put("id", o.series().code() + "." + o.area().code() + "." + report.year());
        resource.put("attributes", attributes);
        return resource;
    }

    private static Map<String, Object> meta(SdgReport report, List<String> formats) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("publisher", PUBLISHER);
        meta.put("licence", LICENCE);
        meta.put("publication", report.publication());
        meta.put("published_at", report.publishedAt().toString());
        report.knownAt().ifPresent(k -> meta.put("known_at", k.toString()));
        meta.put("year", report.year());
        meta.put("reference_date", report.referenceDate().toString());
        List<Map<String, Object>> series = new ArrayList<>();
        for (SdgSeries s : report.series()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", s.code());
            one.put("indicator", s.indicator().number());
            one.put("description", s.description());
            one.put("unit", s.unit().name().toLowerCase(java.util.Locale.ROOT));
            series.add(one);
        }
        meta.put("series", series);
        meta.put("total", report.observations().size());
        meta.put("notes", report.notes());
        meta.put("method", METHOD);
        meta.put("formats", formats);
        return meta;
    }
}
