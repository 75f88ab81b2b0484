package org.plenum.web.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.exchange.ipu.IpuRankingReader;
import org.plenum.exchange.ipu.historical.IpuHistoricalReader;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The real data the chart tests draw, read with Plenum's own readers from the bundled dataset: the IPU ranking of
 * November 2025 (lower or single chambers: seats and women), IPU's historical workbook 1945–2018, ParlGov's elections
 * and parties, and country names
 * from the bundled reference list (CLDR English names, which write "&amp;" as in "Trinidad &amp; Tobago"; UN French
 * short names).
 */
final class RealChartData {

    /** A lower or single chamber in the ranking of November 2025. */
    record Chamber(String country, int seats, int women) {
        double womenPercent() {
            return 100.0 * women / seats;
        }
    }

    private static Map<String, Chamber> ranking;
    private static ParsedFile historical;
    private static Map<String, String[]> names;

    private RealChartData() {
    }

    /** Chambers of the ranking whose seats and women are both known, by country code. */
    static synchronized Map<String, Chamber> ranking() {
        if (ranking == null) {
            InputFile file = ReaderFixtures.bundled("ipu", "women-ranking-2025-11.csv");
            ParsedFile parsed = new IpuRankingReader().read(List.of(file));
            Map<String, Integer> seats = counts(parsed, "current_members_number");
            Map<String, Integer> women = counts(parsed, "current_women_number");
            Map<String, Chamber> out = new TreeMap<>();
            seats.forEach((code, n) -> {
                if (code.endsWith("-LC01") && women.containsKey(code) && n > 0) {
                    String country = code.substring(0, code.indexOf('-'));
                    out.put(country, new Chamber(country, n, women.get(code)));
                }
            });
            ranking = out;
        }
        return ranking;
    }

    private static Map<String, Integer> counts(ParsedFile parsed, String field) {
        Map<String, Integer> out = new HashMap<>();
        for (FactAssertion f : parsed.facts()) {
            if (f.field().equals(field) && f.value() instanceof FactValue.Present p) {
                out.put(f.entity().code(), Integer.parseInt(p.value()));
            }
        }
        return out;
    }

    /**
     * The share of women in a chamber over time from IPU's historical workbook: one point per date at which the
     * workbook states both seats and women; a date where it states one without the other is a gap.
     */
    static synchronized List<LineChart.Point> history(String chamber) {
        if (historical == null) {
            historical = new IpuHistoricalReader().read(List.of(ReaderFixtures.bundled("ipu", "women-in-parliament-historical-1945-2018.xlsx")));
        }
        Map<LocalDate, Integer> seats = new TreeMap<>();
        Map<LocalDate, Integer> women = new TreeMap<>();
        Map<LocalDate, Boolean> dates = new TreeMap<>();
        for (FactAssertion f : historical.facts()) {
            if (!f.entity().code().equals(chamber) || f.validTime().from().isEmpty()) {
                continue;
            }
            LocalDate d = f.validTime().from().get();
            if (f.field().equals("current_members_number") || f.field().equals("current_women_number")) {
                dates.put(d, true);
                if (f.value() instanceof FactValue.Present p) {
                    (f.field().equals("current_members_number") ? seats : women).put(d, Integer.parseInt(p.value()));
                }
            }
        }
        List<LineChart.Point> points = new ArrayList<>();
        for (LocalDate d : dates.keySet()) {
            Integer s = seats.get(d);
            Integer w = women.get(d);
            points.add(s != null && w != null && s > 0 ? LineChart.Point.of(d, Math.round(1000.0 * w / s) / 10.0) : LineChart.Point.gap(d));
        }
        return points;
    }

    /** A party's seats in an election: ParlGov's short and English names. */
    record PartySeats(String shortName, String englishName, int seats) {
    }

    /**
     * The seats won by each party at the country's latest election of its lower or single chamber in the bundled
     * ParlGov files (election type 13), most seats first; parties without a seat left out. Also the election's date
     * and total seats, as ParlGov states them, in {@code election}.
     */
    static List<PartySeats> latestElection(String countryCode, String[] election) {
        List<Map<String, String>> countries = csv("parlgov/datacore__Country.csv");
        String country = countries.stream().filter(r -> countryCode.equals(r.get("code_iso2"))).findFirst().orElseThrow().get("id");
        Map<String, String> latest = csv("parlgov/elections__Election.csv").stream()
                .filter(r -> country.equals(r.get("country")) && "13".equals(r.get("type")))
                .max(Comparator.comparing(r -> r.get("date"))).orElseThrow();
        election[0] = latest.get("date");
        election[1] = latest.get("seats_total");
        Map<String, Map<String, String>> parties = new HashMap<>();
        csv("parlgov/parties__Party.csv").forEach(r -> parties.put(r.get("id"), r));
        return csv("parlgov/elections__ElectionResult.csv").stream()
                .filter(r -> latest.get("id").equals(r.get("election")) && r.get("seats") != null && !r.get("seats").isBlank()
                        && Integer.parseInt(r.get("seats")) > 0)
                .map(r -> new PartySeats(parties.get(r.get("party")).get("name_short"), parties.get(r.get("party")).get("name_english"),
                        Integer.parseInt(r.get("seats"))))
                .sorted(Comparator.comparingInt(PartySeats::seats).reversed())
                .toList();
    }

    private static List<Map<String, String>> csv(String bundledPath) {
        List<Map<String, String>> out = new ArrayList<>();
        try (InputStream in = RealChartData.class.getResourceAsStream("/dataset/" + bundledPath);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            rows.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A country's name in English (CLDR) or French (UN short name; English where the UN gives none). */
    static synchronized String name(String code, boolean french) {
        if (names == null) {
            names = new HashMap<>();
            CsvMapper mapper = new CsvMapper();
            try (InputStream in = RealChartData.class.getResourceAsStream("/dataset/reference/country-codes.csv");
                 MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                         .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    String alpha2 = row.get("ISO3166-1-Alpha-2");
                    if (alpha2 != null && !alpha2.isBlank()) {
                        names.put(alpha2, new String[] {row.get("CLDR display name"), row.get("UNTERM French Short")});
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names.put("XK", new String[] {"Kosovo", "Kosovo"});
        }
        String[] n = names.getOrDefault(code, new String[] {code, code});
        return french && n[1] != null && !n[1].isBlank() ? n[1] : n[0];
    }

    /** The ranking's share of women as map values, names in English or French. */
    static List<WorldMap.CountryValue> womenShares(boolean french) {
        return ranking().values().stream()
                .map(c -> new WorldMap.CountryValue(c.country(), name(c.country(), french), Math.round(c.womenPercent() * 10) / 10.0))
                .sorted(Comparator.comparing(WorldMap.CountryValue::code))
                .toList();
    }
}
