package org.plenum.hubs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hubs as flat tables, the same for the CSV, XLSX and JSON downloads and the API: hubs, memberships, activities
 * and the yearly participation. Dates as their source gives them ({@code 2019}, {@code 2019-10}, {@code 2019-03-28});
 * empty when not known. The participation rows carry Plenum's computed share and IPU's published figure in separate
 * columns, with IPU's source.
 */
public final class HubTables {

    public record Table(String name, List<String> columns, List<Map<String, Object>> rows) {
    }

    public static final List<String> NAMES = List.of("hubs", "memberships", "activities", "participation");

    private HubTables() {
    }

    public static Table of(String name, List<Hub> hubs, List<ParticipationYear> years) {
        return switch (name) {
            case "hubs" -> hubs(hubs);
            case "memberships" -> memberships(hubs);
            case "activities" -> activities(hubs);
            case "participation" -> participation(years);
            default -> throw new IllegalArgumentException("no table " + name + " (" + String.join(", ", NAMES) + ")");
        };
    }

    public static Map<String, Object> hubRow(Hub h) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", h.code());
        row.put("name_en", h.nameEn());
        row.put("name_fr", h.nameFr());
        row.put("kind", h.kind().id());
        row.put("established", text(h.established()));
        row.put("hosts", String.join("; ", h.hosts().stream().map(x -> x.name() + x.parliament().map(p -> " (" + p + ")")
                .orElse("") + " [" + x.role() + " " + text(x.from()) + "–" + text(x.to()) + "]").toList()));
        row.put("current_hosts", String.join("; ", h.currentHosts().stream().map(x -> x.parliament().orElse(x.name())).toList()));
        row.put("coordinators", h.coordinators());
        row.put("members_known", h.currentMembers().size());
        row.put("activities_known", h.activities().size());
        row.put("description", h.description());
        row.put("not_known", h.notKnown());
        row.put("sources", String.join(" ; ", h.sources()));
        row.put("seed_row", h.seedRow().isPresent() ? h.seedRow().getAsInt() : null);
        return row;
    }

    static Table hubs(List<Hub> hubs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        hubs.forEach(h -> rows.add(hubRow(h)));
        return new Table("hubs", List.of("code", "name_en", "name_fr", "kind", "established", "hosts", "current_hosts",
                "coordinators", "members_known", "activities_known", "description", "not_known", "sources", "seed_row"), rows);
    }

    public static Map<String, Object> membershipRow(HubMembership m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("hub", m.hub());
        row.put("parliament", m.parliament());
        row.put("joined", text(m.joined()));
        row.put("left", text(m.left()));
        row.put("basis", m.basis());
        row.put("source", m.source());
        row.put("note", m.note());
        return row;
    }

    static Table memberships(List<Hub> hubs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        hubs.forEach(h -> h.members().forEach(m -> rows.add(membershipRow(m))));
        return new Table("memberships", List.of("hub", "parliament", "joined", "left", "basis", "source", "note"), rows);
    }

    public static Map<String, Object> activityRow(HubActivity a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("hub", a.hub());
        row.put("kind", a.kind().id());
        row.put("title", a.title());
        row.put("start", text(a.start()));
        row.put("end", text(a.end()));
        row.put("place", a.place());
        row.put("participants", a.participants());
        row.put("parliaments", String.join(" ", a.parliaments()));
        row.put("source", a.source());
        row.put("note", a.note());
        return row;
    }

    static Table activities(List<Hub> hubs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        hubs.forEach(h -> h.activities().forEach(a -> rows.add(activityRow(a))));
        return new Table("activities", List.of("hub", "kind", "title", "start", "end", "place", "participants",
                "parliaments", "source", "note"), rows);
    }

    public static Map<String, Object> participationRow(ParticipationYear y) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", y.year());
        row.put("members", y.members());
        row.put("parliaments", y.parliaments());
        row.put("share_percent", Math.round(y.percent() * 100) / 100.0);
        row.put("members_counted_from_hub_establishment", y.assumedStart());
        row.put("memberships_not_placed_in_time", y.notPlaced());
        row.put("member_codes", String.join(" ", y.memberCodes()));
        row.put("members_outside_registry", String.join(" ", y.outsideRegistry()));
        row.put("ipu_published_percent", y.ipu().map(ParticipationYear.IpuFigure::percent).orElse(null));
        row.put("ipu_population", y.ipu().map(ParticipationYear.IpuFigure::population).orElse(null));
        row.put("ipu_source", y.ipu().map(f -> f.sourceUrl().orElse(f.source())).orElse(null));
        return row;
    }

    static Table participation(List<ParticipationYear> years) {
        List<Map<String, Object>> rows = new ArrayList<>();
        years.forEach(y -> rows.add(participationRow(y)));
        return new Table("participation", List.of("year", "members", "parliaments", "share_percent",
                "members_counted_from_hub_establishment", "memberships_not_placed_in_time", "member_codes",
                "members_outside_registry", "ipu_published_percent", "ipu_population", "ipu_source"), rows);
    }

    private static String text(java.util.Optional<HubDate> date) {
        return date.map(HubDate::toString).orElse("");
    }
}
