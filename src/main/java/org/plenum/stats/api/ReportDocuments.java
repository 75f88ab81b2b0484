package org.plenum.stats.api;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.Snapshot;
import org.plenum.stats.ChamberFigures;
import org.plenum.stats.Headcount;
import org.plenum.stats.MonthRange;
import org.plenum.stats.ShareChange;
import org.plenum.stats.Standing;
import org.plenum.stats.WomenAverage;
import org.plenum.stats.WomenAverages;
import org.plenum.stats.WomenRanking;
import org.plenum.stats.WomenRankingRow;

/**
 * Builds the JSON:API documents of the reports from the statistics' records. The resources (without the meta of the
 * data version) are also what a monthly publication freezes.
 */
public final class ReportDocuments {

    static final String BASE = "/api/v1/reports/";
    static final String RANKING_PATH = BASE + "women-ranking";
    static final String AVERAGES_PATH = BASE + "women-averages";

    static final String PUBLISHER = "Plenum, computing from data published by the Inter-Parliamentary Union (IPU)";
    static final String LICENCE = "Computed from IPU data on women in national parliaments: CC BY-NC-SA 4.0 "
            + "(https://creativecommons.org/licenses/by-nc-sa/4.0/). Each chamber's figures name their source in the registry "
            + "(/api/v1/chambers/{code}).";
    static final String TERMS_OF_USE = "Free to read, download and reuse under the licence above; cite the Inter-Parliamentary "
            + "Union as the source of the data. IPU terms of use: https://www.ipu.org/terms-use";
    static final String RANKING_METHOD = "Countries ranked by the share of women in the lower or single chamber: women / "
            + "current members (seats filled), in percent, rounded half up to two decimals and then to one, as IPU publishes it. "
            + "Standard competition ranking on the rounded share (1, 2, 2, 4); ties listed alphabetically by IPU's country "
            + "names, the later rows of a tie marked with IPU's ditto mark. Countries whose numbers are not available on the "
            + "reference date follow without rank, then suspended parliaments. The upper chamber stands beside, unranked. "
            + "true_rank = 1 + the number of countries with a strictly higher share (it equals rank); dense_rank counts "
            + "distinct higher shares. Changes compare with the rankings of the previous month and of 12 months before, as "
            + "known at the same time. See docs/decisions/0010-women-ranking-method.md.";
    static final String AVERAGES_METHOD = "Over the chambers of the month's women ranking whose numbers of members and of "
            + "women are both known (suspended chambers excluded): sum of women / sum of seats, in percent, rounded as IPU "
            + "rounds shares; never an average of percentages. Regions and sub-regions are IPU's (taxonomies ipu_region and "
            + "ipu_subregion, from each country's region and sub_region); the world includes countries without a region.";

    private ReportDocuments() {
    }

    static Map<String, Object> ranking(Snapshot snapshot, WomenRanking ranking, MonthRange range) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (WomenRankingRow row : ranking.rows()) {
            Map<String, Object> resource = parlineRow(row, snapshot);
            resource.putAll(row(row));
            data.add(resource);
        }
        Map<String, Object> meta = meta(snapshot, "Monthly ranking of women in national parliaments", ranking.month(),
                ranking.knownAt(), RANKING_METHOD);
        meta.put("total", ranking.rows().size());
        meta.put("ranked", ranking.rows(Standing.RANKED).size());
        meta.put("unranked", ranking.rows(Standing.UNRANKED).size());
        meta.put("suspended", ranking.rows(Standing.SUSPENDED).size());
        meta.put("ditto_mark", WomenRankingRow.DITTO_MARK);
        return document(data, links(RANKING_PATH, ranking.month(), ranking.knownAt(), range, AVERAGES_PATH, "averages"), meta);
    }

    static Map<String, Object> averages(Snapshot snapshot, WomenAverages averages, List<WomenAverage> selected,
                                        MonthRange range) {
        List<Map<String, Object>> data = averagesRows(selected);
        Map<String, Object> meta = meta(snapshot, "Women in national parliaments: world and regional averages",
                averages.month(), averages.knownAt(), AVERAGES_METHOD);
        meta.put("total", data.size());
        meta.put("countries_without_region", averages.countriesWithoutRegion());
        return document(data, links(AVERAGES_PATH, averages.month(), averages.knownAt(), range, RANKING_PATH, "ranking"), meta);
    }

    /** The resources of a ranking: one per row, in table order. */
    public static List<Map<String, Object>> rankingRows(WomenRanking ranking) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (WomenRankingRow row : ranking.rows()) {
            data.add(row(row));
        }
        return data;
    }

    /** The resources of averages: one per area and group of chambers. */
    public static List<Map<String, Object>> averagesRows(List<WomenAverage> averages) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (WomenAverage average : averages) {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("kind", average.area().kind().name().toLowerCase(Locale.ROOT));
            area.put("id", average.area().id());
            area.put("label", average.area().label());
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("area", area);
            attributes.put("chambers", average.chambers().id());
            attributes.put("chamber_count", average.chamberCount());
            attributes.put("seats", average.seats());
            attributes.put("women", average.women());
            attributes.put("men", average.men());
            attributes.put("women_percent", average.womenPercent().orElse(null));
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("type", "women_averages");
            resource.put("id", average.area().id() + "." + average.chambers().id());
            resource.put("attributes", attributes);
            data.add(resource);
        }
        return data;
    }

    /**
     * Parline's flat row of the ranking (decision 0014; columns as subsetsio/connectors reads them from
     * {@code /v1/reports/women-ranking}): the country, its region, and per chamber the women, the members, the share
     * (as text, as Parline gives it), whether it is suspended and whether its figures are missing.
     */
    private static Map<String, Object> parlineRow(WomenRankingRow row, Snapshot snapshot) {
        Map<String, Object> flat = new LinkedHashMap<>();
        Optional<org.plenum.registry.EntityRecord> country = snapshot.get(new org.plenum.registry.EntityRef(
                org.plenum.registry.EntityType.COUNTRY, row.countryCode()));
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("en", row.countryName());
        name.put("fr", row.countryNameFrench().orElse(null));
        flat.put("country_name", name);
        flat.put("country_code", row.countryCode());
        flat.put("region", country.flatMap(c -> term(c, "region")).orElse(null));
        flat.put("subregion", country.flatMap(c -> term(c, "sub_region")).orElse(null));
        chamberColumns(flat, "lower", Optional.of(row.lowerChamber()));
        chamberColumns(flat, "upper", row.upperChamber());
        flat.put("rank", row.rank().isPresent() ? row.rank().getAsInt() : null);
        return flat;
    }

    private static void chamberColumns(Map<String, Object> flat, String which, Optional<ChamberFigures> chamber) {
        flat.put(which + "_chamber_current_women_number", chamber.filter(c -> c.women().known()).map(c -> c.women().value().getAsLong()).orElse(null));
        flat.put(which + "_chamber_current_members_number", chamber.filter(c -> c.members().known()).map(c -> c.members().value().getAsLong()).orElse(null));
        flat.put(which + "_chamber_percent_women", chamber.flatMap(ChamberFigures::womenPercent).map(java.math.BigDecimal::toPlainString).orElse(null));
        flat.put(which + "_is_suspended_chamber", chamber.map(ChamberFigures::suspended).orElse(null));
        flat.put(which + "_data_missing", chamber.map(c -> !c.members().known() || !c.women().known()).orElse(null));
    }

    private static Optional<String> term(org.plenum.registry.EntityRecord entity, String field) {
        return entity.latest(field, org.plenum.registry.EntityRecord.LATEST)
                .filter(v -> v.value() instanceof org.plenum.registry.FactValue.Present)
                .map(v -> ((org.plenum.registry.FactValue.Present) v.value()).value());
    }

    private static Map<String, Object> row(WomenRankingRow row) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("position", row.position());
        attributes.put("standing", row.standing().name().toLowerCase(Locale.ROOT));
        attributes.put("rank", row.rank().isPresent() ? row.rank().getAsInt() : null);
        attributes.put("rank_label", row.rankLabel());
        attributes.put("ditto", row.ditto());
        attributes.put("true_rank", row.trueRank().isPresent() ? row.trueRank().getAsInt() : null);
        attributes.put("dense_rank", row.denseRank().isPresent() ? row.denseRank().getAsInt() : null);
        attributes.put("country_code", row.countryCode());
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("en", row.countryName());
        row.countryNameFrench().ifPresent(fr -> name.put("fr", fr));
        attributes.put("country_name", name);
        attributes.put("women_percent", row.womenPercent().orElse(null));
        attributes.put("lower_chamber", chamber(row.lowerChamber()));
        attributes.put("upper_chamber", row.upperChamber().map(ReportDocuments::chamber).orElse(null));
        attributes.put("change_since_previous_month", row.sincePreviousMonth().map(ReportDocuments::change).orElse(null));
        attributes.put("change_since_year_before", row.sinceYearBefore().map(ReportDocuments::change).orElse(null));

        Map<String, Object> relationships = new LinkedHashMap<>();
        relationships.put("country", related("countries", row.countryCode()));
        relationships.put("lower_chamber", related("chambers", row.lowerChamber().chamberCode()));
        row.upperChamber().ifPresent(upper -> relationships.put("upper_chamber", related("chambers", upper.chamberCode())));

        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "women_ranking_rows");
        resource.put("id", row.countryCode());
        resource.put("attributes", attributes);
        resource.put("relationships", relationships);
        return resource;
    }

    private static Map<String, Object> chamber(ChamberFigures chamber) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chamber_code", chamber.chamberCode());
        out.put("last_election", chamber.lastElection().orElse(null));
        count(out, "members", chamber.members());
        count(out, "women", chamber.women());
        out.put("men", chamber.men().isPresent() ? chamber.men().getAsLong() : null);
        out.put("women_percent", chamber.womenPercent().orElse(null));
        out.put("counted_since", chamber.countedSince().map(Object::toString).orElse(null));
        out.put("seat_basis_note", chamber.seatBasisNote().orElse(null));
        out.put("suspended", chamber.suspended());
        return out;
    }

    private static void count(Map<String, Object> out, String name, Headcount count) {
        out.put(name, count.known() ? count.value().getAsLong() : null);
        out.put(name + "_missing_reason", count.missingReason().orElse(null));
    }

    private static Map<String, Object> change(ShareChange change) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("since", change.since().toString());
        out.put("earlier_women_percent", change.earlierPercent());
        out.put("earlier_rank", change.earlierRank());
        out.put("women_percent_change", change.percentPoints());
        out.put("ranks_gained", change.ranksGained());
        return out;
    }

    private static Map<String, Object> related(String type, String id) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("id", id);
        return Map.of("data", data, "links", Map.of("related", "/api/v1/" + type + "/" + id));
    }

    private static Map<String, Object> meta(Snapshot snapshot, String title, YearMonth month, Optional<Instant> knownAt,
                                            String method) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", title);
        meta.put("reference_period", month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear());
        meta.put("year", month.getYear());
        meta.put("month", month.getMonthValue());
        meta.put("reference_date", month.atDay(1).toString());
        knownAt.ifPresent(k -> meta.put("known_at", k.toString()));
        meta.put("method", method);
        meta.put("publisher", PUBLISHER);
        meta.put("licence", LICENCE);
        meta.put("terms_of_use", TERMS_OF_USE);
        meta.put("publication", snapshot.publication());
        meta.put("published_at", snapshot.publishedAt().toString());
        return meta;
    }

    private static Map<String, Object> links(String path, YearMonth month, Optional<Instant> knownAt, MonthRange range,
                                             String otherPath, String otherName) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(path, month, knownAt));
        links.put("previous_month", range.contains(month.minusMonths(1)) ? link(path, month.minusMonths(1), knownAt) : null);
        links.put("next_month", range.contains(month.plusMonths(1)) ? link(path, month.plusMonths(1), knownAt) : null);
        links.put(otherName, link(otherPath, month, knownAt));
        return links;
    }

    private static String link(String path, YearMonth month, Optional<Instant> knownAt) {
        return path + "?year=" + month.getYear() + "&month=" + month.getMonthValue()
                + knownAt.map(k -> "&known_at=" + k).orElse("");
    }

    private static Map<String, Object> document(List<Map<String, Object>> data, Map<String, Object> links,
                                                Map<String, Object> meta) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("data", data);
        document.put("links", links);
        document.put("meta", meta);
        document.put("jsonapi", Map.of("version", "1.1"));
        return document;
    }
}
