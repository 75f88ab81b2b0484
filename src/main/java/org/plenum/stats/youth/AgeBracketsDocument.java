package org.plenum.stats.youth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.registry.Snapshot;

/** Writes an {@link AgeBracketsReport} as a JSON:API document: one resource per chamber, the aggregate in meta. */
final class AgeBracketsDocument {

    static final String TYPE = "age_brackets";
    static final String METHOD = "Ages in whole years on the reference date (the first day of the month). Computed rows: "
            + "the members are the persons whose chamber membership covers the date; members without a birth date, or "
            + "whose birth date (given to the month or year only) does not fix their age on the date, are counted and "
            + "left out of the shares and the mean, never guessed. Reported rows: the chamber's own figures true on the "
            + "date. Shares in percent, half up to two decimals; mean age half up to one decimal. The aggregate adds "
            + "counts (a reported share weighs by the chamber's current_members_number), never averages percentages.";

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private AgeBracketsDocument() {
    }

    static Map<String, Object> of(AgeBracketsReport report, Snapshot snapshot, String self) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (ChamberAges row : report.chambers()) {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.putAll(parlineRow(row, snapshot));
            resource.put("type", TYPE);
            resource.put("id", row.chamber() + "-" + report.date().toString().substring(0, 7));
            resource.put("attributes", attributes(row, report));
            resource.put("relationships", Map.of("chamber", Map.of("data",
                    Map.of("type", "chambers", "id", row.chamber()))));
            data.add(resource);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reference_date", report.date().toString());
        meta.put("aggregate", aggregate(report.aggregate()));
        meta.put("method", METHOD);
        meta.put("publication", snapshot.publication());
        meta.put("published_at", snapshot.publishedAt().toString());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("meta", meta);
        document.put("links", Map.of("self", self));
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }

    /** Parline's flat row of the report (decision 0014): the chamber, its country, and the figures under Parline's names. */
    private static Map<String, Object> parlineRow(ChamberAges row, Snapshot snapshot) {
        Map<String, Object> flat = new LinkedHashMap<>();
        java.util.Optional<org.plenum.registry.EntityRecord> chamber = snapshot.get(org.plenum.registry.EntityRef.chamber(row.chamber()));
        String country = chamber.flatMap(org.plenum.registry.EntityRecord::parent).map(org.plenum.registry.EntityRef::code).orElse(null);
        flat.put("chamber_code", row.chamber());
        flat.put("chamber_name", chamber.flatMap(c -> text(c, "chamber_name")).orElse(null));
        flat.put("country_code", country);
        flat.put("struct_parl_status", chamber.flatMap(c -> text(c, "struct_parl_status")).orElse(null));
        flat.put("age_average", value(row.meanAge()));
        flat.put("total_younger_30_percentage", value(row.shareUpTo30()));
        flat.put("total_younger_40_percentage", value(row.shareUpTo40()));
        flat.put("total_younger_45_percentage", value(row.shareUpTo45()));
        flat.put("is_suspended_chamber", chamber.flatMap(c -> text(c, "is_suspended_chamber")).map(v -> Boolean.parseBoolean(v.toString())).orElse(null));
        return flat;
    }

    private static java.util.Optional<Object> text(org.plenum.registry.EntityRecord entity, String field) {
        return entity.latest(field, org.plenum.registry.EntityRecord.LATEST)
                .filter(v -> v.value() instanceof org.plenum.registry.FactValue.Present)
                .map(v -> {
                    String text = ((org.plenum.registry.FactValue.Present) v.value()).value();
                    return text.startsWith("{") ? JSON.readValue(text, Map.class) : text;
                });
    }

    private static Map<String, Object> attributes(ChamberAges row, AgeBracketsReport report) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("chamber", row.chamber());
        attributes.put("reference_date", report.date().toString());
        attributes.put("method", row.methodText());
        attributes.put("members", value(row.members()));
        attributes.put("members_with_known_age", value(row.knownAge()));
        attributes.put("members_without_birth_date", value(row.withoutBirthDate()));
        attributes.put("members_with_unusable_birth_date", value(row.unusableBirthDate()));
        attributes.put("total_younger_30_number", value(row.upTo30()));
        attributes.put("total_younger_40_number", value(row.upTo40()));
        attributes.put("total_younger_45_number", value(row.upTo45()));
        attributes.put(AgeAggregate.UP_TO_30, value(row.shareUpTo30()));
        attributes.put(AgeAggregate.UP_TO_40, value(row.shareUpTo40()));
        attributes.put(AgeAggregate.UP_TO_45, value(row.shareUpTo45()));
        attributes.put(AgeAggregate.MEAN, value(row.meanAge()));
        return attributes;
    }

    private static Map<String, Object> aggregate(AgeAggregate aggregate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chambers", aggregate.chambers());
        aggregate.measures().forEach((field, measure) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", value(measure.value()));
            m.put("members", measure.members());
            m.put("chambers", measure.chambers());
            out.put(field, m);
        });
        out.put("not_aggregated", aggregate.notAggregated());
        return out;
    }

    private static Integer value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static BigDecimal value(Optional<BigDecimal> value) {
        return value.orElse(null);
    }
}
