package org.plenum.registry.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.plenum.web.PageContext;
import org.plenum.web.chart.ChartEmbedding;
import org.plenum.web.chart.DataTable;
import org.plenum.web.chart.Hemicycle;
import org.plenum.web.chart.LineChart;
import org.plenum.web.chart.RenderedChart;
import org.plenum.web.chart.ValueFormat;
import org.springframework.stereotype.Component;

/**
 * Builds the country and chamber pages' models from the published snapshot, as published at the page's
 * {@code known_at}, in the reader's language; and the charts of a chamber (its composition as a hemicycle, the share of
 * women and of members aged 45 or under over time), which its SVG addresses serve too.
 */
@Component
class ProfileBuilder {

    static final String WOMEN_PERCENT = "current_women_percent";
    static final String YOUNG_PERCENT = "total_younger_45_percentage";

    /** What a page's model depends on besides the code: the data, the language and the "as published on" date. */
    private record Key(long publication, String kind, String code, String lang, Optional<java.time.LocalDate> knownAt) {
    }

    private final FieldCatalogue catalogue;
    /** Models are immutable and depend only on their key: a page of a publication is built once per language. */
    private final com.github.benmanes.caffeine.cache.Cache<Key, Object> models =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2000).build();

    ProfileBuilder(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @SuppressWarnings("unchecked")
    Optional<CountryProfile> country(Snapshot snapshot, String code, PageContext page) {
        return (Optional<CountryProfile>) models.get(new Key(snapshot.publication(), "country", code, page.lang(), page.knownAt()),
                k -> buildCountry(snapshot, code, page));
    }

    ChamberProfile chamber(Snapshot snapshot, EntityRecord chamber, PageContext page) {
        return (ChamberProfile) models.get(new Key(snapshot.publication(), "chamber", chamber.code(), page.lang(), page.knownAt()),
                k -> buildChamber(snapshot, chamber, page));
    }

    ElectionProfile election(Snapshot snapshot, EntityRecord chamber, EntityRecord election, PageContext page) {
        return (ElectionProfile) models.get(new Key(snapshot.publication(), "election", election.code(), page.lang(), page.knownAt()),
                k -> buildElection(snapshot, chamber, election, page));
    }

    /** A chart's SVG, built once per publication, language and date like the pages. */
    String svg(Snapshot snapshot, String kind, String code, PageContext page, java.util.function.Supplier<String> build) {
        return (String) models.get(new Key(snapshot.publication(), kind, code, page.lang(), page.knownAt()), k -> build.get());
    }

    private Optional<CountryProfile> buildCountry(Snapshot snapshot, String code, PageContext page) {
        Instant knownAt = page.recordTime();
        Optional<EntityRecord> country = snapshot.get(EntityRef.country(code)).filter(c -> c.knownAt(knownAt));
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String name = TranslatedNames.of(country.get(), "country_name", knownAt).map(n -> n.in(page.lang())).orElse(code);
        boolean former = text(country.get(), "is_former_country", knownAt).map("true"::equals).orElse(false);
        ValueWords words = new ValueWords(page, catalogue);
        String parliamentName = "";
        String structure = "";
        List<ChamberProfile> chambers = new ArrayList<>();
        Optional<EntityRecord> parliament = snapshot.get(EntityRef.parliament(code)).filter(p -> p.knownAt(knownAt));
        if (parliament.isPresent()) {
            parliamentName = TranslatedNames.of(parliament.get(), "parliament_name", knownAt).map(n -> n.in(page.lang())).orElse("");
            structure = latestWords(parliament.get(), EntityType.PARLIAMENT, "structure_of_parliament", knownAt, words);
            for (EntityRecord chamber : sortedChambers(snapshot.children(parliament.get().ref(), EntityType.CHAMBER))) {
                if (chamber.knownAt(knownAt)) {
                    chambers.add(buildChamber(snapshot, chamber, page)); // not chamber(): no nested cache update
                }
            }
        }
        List<CountryProfile.Link> api = new ArrayList<>(List.of(
                new CountryProfile.Link(page.t("registry.profile.api.country"), page.link("/api/v1/countries/" + code)),
                new CountryProfile.Link(page.t("registry.profile.api.parliament"), page.link("/api/v1/parliaments/" + code)),
                new CountryProfile.Link(page.t("registry.profile.api.chambers"), page.link("/api/v1/countries/" + code + "/chambers"))));
        if (!chambers.isEmpty()) {
            // the share of women in each chamber, year by year from 1945, in IPU's compare layout (decision 0034)
            String codes = String.join(",", chambers.stream().map(ChamberProfile::code).toList());
            api.add(new CountryProfile.Link(page.t("registry.profile.download.women"),
                    "/export-country-compare?field=" + WOMEN_PERCENT + "&chambers=" + codes + "&year_from=1945&file_format=csv"));
        }
        api.add(new CountryProfile.Link(page.t("registry.profile.download.bulk"), "/api/v1/downloads/bulk/latest.zip"));
        return Optional.of(new CountryProfile(code, name, parliamentName, structure, former, List.copyOf(chambers), List.copyOf(api)));
    }

    private ElectionProfile buildElection(Snapshot snapshot, EntityRecord chamber, EntityRecord election, PageContext page) {
        Instant knownAt = page.recordTime();
        ValueWords words = new ValueWords(page, catalogue);
        String country = ChamberCodes.country(chamber.code());
        String countryName = snapshot.get(EntityRef.country(country))
                .flatMap(c -> TranslatedNames.of(c, "country_name", knownAt)).map(n -> n.in(page.lang())).orElse(country);
        String chamberName = TranslatedNames.of(chamber, "chamber_name", knownAt).map(n -> n.in(page.lang())).orElse(chamber.code());
        Optional<String> date = text(election, "election_date", knownAt).map(words::date);
        List<ChamberProfile.Figure> figures = new ArrayList<>();
        for (String field : List.of("election_date", "election_type", "early_election", "seats_total", "women_elected_number",
                "electorate", "votes_cast", "votes_valid")) {
            catalogue.field(EntityType.ELECTION, field).ifPresent(f -> election.latest(field, knownAt).ifPresent(step ->
                    figures.add(new ChamberProfile.Figure(words.label(f), words.value(f, step.value()), ""))));
        }
        Optional<Double> seats = number(election, "seats_total", knownAt);
        Optional<Double> women = number(election, "women_elected_number", knownAt);
        if (seats.isPresent() && women.isPresent() && seats.get() > 0 && women.get() <= seats.get()) {
            figures.add(new ChamberProfile.Figure(page.t("registry.election.womenShare"), page.percent(100 * women.get() / seats.get(), 1), ""));
        }
        Optional<Double> electorate = number(election, "electorate", knownAt);
        Optional<Double> cast = number(election, "votes_cast", knownAt);
        if (electorate.isPresent() && cast.isPresent() && electorate.get() > 0 && cast.get() <= electorate.get()) {
            figures.add(new ChamberProfile.Figure(page.t("registry.election.turnout"), page.percent(100 * cast.get() / electorate.get(), 1), ""));
        }
        List<ElectionProfile.Result> results = new ArrayList<>();
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        for (String field : List.of("election_date", "election_type", "seats_total", "women_elected_number", "electorate", "votes_cast")) {
            election.latest(field, knownAt).map(TimedValue::source).filter(x -> !x.isBlank()).ifPresent(sources::add);
        }
        for (PartyResult result : results(snapshot, election, knownAt, page.french())) {
            results.add(new ElectionProfile.Result(result.label(), result.seats().map(x -> page.number(x.longValue())).orElse(""),
                    result.votes().map(x -> page.number(x.longValue())).orElse(""),
                    result.voteShare().map(v -> page.percent(v, 1)).orElse("")));
        }
        for (EntityRecord result : snapshot.children(election.ref(), EntityType.ELECTION_RESULT)) {
            if (result.knownAt(knownAt)) {
                result.latest("political_party", knownAt).map(TimedValue::source).filter(x -> !x.isBlank()).ifPresent(sources::add);
            }
        }
        String title = page.t("registry.election.title", chamberName, date.orElse(election.code()));
        return new ElectionProfile(election.code(), title, country, countryName, chamberName,
                page.link(CountryPages.chamberPath(country, chamber.code())), List.copyOf(figures), List.copyOf(results),
                partyHemicycle(snapshot, election, page).map(h -> chart(h.render(page.locale()),
                        chartUrl(country, chamber.code(), "election/" + election.code() + "/seats.svg", page))),
                sourcesByFile(sources), page.link("/api/v1/elections/" + election.code()),
                page.link("/api/v1/election_results?filter=election_code:eq:" + election.code() + "&page[size]=100"));
    }

    private static final java.util.regex.Pattern FILE_ROW = java.util.regex.Pattern.compile("(.+) row (\\d+)");

    /**
     * Sources, those of the form "file row N" gathered by file with their rows in order and runs shortened
     * ("elections__ElectionResult.csv rows 8109–8119, 9710"); others as they are.
     */
    static List<String> sourcesByFile(java.util.Collection<String> sources) {
        Map<String, java.util.TreeSet<Integer>> rows = new java.util.LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String source : sources) {
            java.util.regex.Matcher m = FILE_ROW.matcher(source);
            if (m.matches() && m.group(2).length() < 10) {
                rows.computeIfAbsent(m.group(1), f -> new java.util.TreeSet<>()).add(Integer.parseInt(m.group(2)));
            } else if (!others.contains(source)) {
                others.add(source);
            }
        }
        List<String> result = new ArrayList<>();
        rows.forEach((file, numbers) -> {
            List<String> runs = new ArrayList<>();
            Integer start = null;
            Integer previous = null;
            for (int n : numbers) {
                if (previous != null && n == previous + 1) {
                    previous = n;
                    continue;
                }
                if (start != null) {
                    runs.add(start.equals(previous) ? start.toString() : start + "–" + previous);
                }
                start = n;
                previous = n;
            }
            runs.add(start.equals(previous) ? start.toString() : start + "–" + previous);
            result.add(file + (numbers.size() == 1 ? " row " : " rows ") + String.join(", ", runs));
        });
        result.addAll(others);
        return List.copyOf(result);
    }

    private static List<EntityRecord> sortedChambers(List<EntityRecord> chambers) {
        return chambers.stream().sorted(Comparator.comparing((EntityRecord c) -> ChamberCodes.upper(c.code())).thenComparing(EntityRecord::code))
                .toList();
    }

    private ChamberProfile buildChamber(Snapshot snapshot, EntityRecord chamber, PageContext page) {
        Instant knownAt = page.recordTime();
        ValueWords words = new ValueWords(page, catalogue);
        String code = chamber.code();
        String country = ChamberCodes.country(code);
        String name = TranslatedNames.of(chamber, "chamber_name", knownAt).map(n -> n.in(page.lang())).orElse(code);
        String local = text(chamber, "chamber_name_local", knownAt).orElse("");
        String status = latestWords(chamber, EntityType.CHAMBER, "struct_parl_status", knownAt, words);

        List<ChamberProfile.Figure> figures = new ArrayList<>();
        for (String field : List.of("statutory_members_number", "current_members_number", "current_women_number",
                WOMEN_PERCENT, YOUNG_PERCENT, "age_average", "last_election", "electoral_system", "parliamentary_term")) {
            catalogue.field(EntityType.CHAMBER, field).ifPresent(f -> chamber.latest(field, knownAt).ifPresent(step ->
                    figures.add(new ChamberProfile.Figure(words.label(f), words.value(f, step.value()), words.from(step)))));
        }

        List<ChamberProfile.FieldValue> fields = new ArrayList<>();
        List<ChamberProfile.FieldValue> steps = new ArrayList<>();
        for (Field field : catalogue.fields(EntityType.CHAMBER)) {
            List<TimedValue> timeline = chamber.timeline(field.id(), knownAt);
            if (timeline.isEmpty()) {
                continue;
            }
            TimedValue last = timeline.get(timeline.size() - 1);
            fields.add(new ChamberProfile.FieldValue(field.id(), words.label(field), words.value(field, last.value()),
                    words.from(last), words.to(last), last.source()));
            if (timeline.size() > 1) {
                for (TimedValue step : timeline) {
                    steps.add(new ChamberProfile.FieldValue(field.id(), words.label(field), words.value(field, step.value()),
                            words.from(step), words.to(step), step.source()));
                }
            }
        }
        String href = page.link(CountryPages.chamberPath(country, code));
        return new ChamberProfile(code, name, local, status, href, page.link("/api/v1/chambers/" + code), List.copyOf(figures),
                hemicycle(chamber, page).map(h -> chart(h.render(page.locale()), chartUrl(country, code, "hemicycle.svg", page))),
                latestElectionWithSeats(snapshot, chamber, knownAt).flatMap(e -> partyHemicycle(snapshot, e, page)
                        .map(h -> chart(h.render(page.locale()), chartUrl(country, code, "election/" + e.code() + "/seats.svg", page)))),
                history(chamber, page).map(h -> chart(h.render(page.locale()), chartUrl(country, code, "history.svg", page))),
                elections(snapshot, chamber, page, words), List.copyOf(fields), List.copyOf(steps));
    }

    /** The chamber's women and men on its latest figures, when both its members and its women are known. */
    Optional<Hemicycle> hemicycle(EntityRecord chamber, PageContext page) {
        Instant knownAt = page.recordTime();
        Optional<Double> members = chamber.latest("current_members_number", knownAt).flatMap(ValueWords::number);
        Optional<Double> women = chamber.latest("current_women_number", knownAt).flatMap(ValueWords::number);
        if (members.isEmpty() || women.isEmpty() || members.get() < 1 || women.get() > members.get()
                || members.get() > Hemicycle.MAX_SEATS) {
            return Optional.empty();
        }
        int total = members.get().intValue();
        int w = women.get().intValue();
        String since = java.util.stream.Stream.of("current_members_number", "current_women_number")
                .map(f -> chamber.latest(f, knownAt).flatMap(TimedValue::from))
                .flatMap(Optional::stream).max(java.util.Comparator.naturalOrder()).map(page::date).orElse("");
        String name = TranslatedNames.of(chamber, "chamber_name", knownAt).map(n -> n.in(page.lang())).orElse(chamber.code());
        return Optional.of(Hemicycle.womenAndMen(page.t("registry.chart.hemicycle.title", name),
                page.t("registry.chart.hemicycle.description", name, since), page.t("registry.chart.women"), w,
                page.t("registry.chart.men"), total - w));
    }

    /** The share of women and of members aged 45 or under, from the first data; empty when neither has a value. */
    Optional<LineChart> history(EntityRecord chamber, PageContext page) {
        Instant knownAt = page.recordTime();
        List<LineChart.Series> series = new ArrayList<>();
        series(chamber, WOMEN_PERCENT, knownAt, page.t("registry.chart.history.women")).ifPresent(series::add);
        series(chamber, YOUNG_PERCENT, knownAt, page.t("registry.chart.history.young")).ifPresent(series::add);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        String name = TranslatedNames.of(chamber, "chamber_name", knownAt).map(n -> n.in(page.lang())).orElse(chamber.code());
        String which = series.size() == 2 ? "" : youngOnly(series, page) ? "Young" : "Women";
        return Optional.of(new LineChart(page.t("registry.chart.history.title" + which, name),
                page.t("registry.chart.history.description" + which, name),
                page.t("registry.chart.history.axis"), ValueFormat.PERCENT_ONE_DECIMAL, series, LineChart.Shape.STEP));
    }

    private static boolean youngOnly(List<LineChart.Series> series, PageContext page) {
        return series.get(0).label().equals(page.t("registry.chart.history.young"));
    }

    private static Optional<LineChart.Series> series(EntityRecord chamber, String field, Instant knownAt, String label) {
        List<LineChart.Point> points = new ArrayList<>();
        for (TimedValue step : chamber.timeline(field, knownAt)) {
            if (step.from().isEmpty()) {
                continue;
            }
            Optional<Double> value = ValueWords.number(step);
            points.add(value.map(v -> LineChart.Point.of(step.from().get(), v)).orElse(LineChart.Point.gap(step.from().get())));
        }
        if (points.stream().noneMatch(p -> p.value().isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new LineChart.Series(label, points));
    }

    private static String chartUrl(String country, String chamber, String file, PageContext page) {
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put("lang", page.lang());
        page.knownAt().ifPresent(d -> parameters.put("known_at", d.toString()));
        return ChartEmbedding.url(CountryPages.chamberPath(country, chamber) + file, parameters);
    }

    private static ChamberProfile.Chart chart(RenderedChart rendered, String src) {
        DataTable table = rendered.table();
        List<List<String>> rows = new ArrayList<>();
        for (DataTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.header());
            cells.addAll(row.cells());
            rows.add(List.copyOf(cells));
        }
        return new ChamberProfile.Chart(src, rendered.title(), rendered.description(), table.caption(), table.columns(),
                List.copyOf(rows), "");
    }

    private List<ChamberProfile.Election> elections(Snapshot snapshot, EntityRecord chamber, PageContext page, ValueWords words) {
        Instant knownAt = page.recordTime();
        String country = ChamberCodes.country(chamber.code());
        List<ChamberProfile.Election> elections = new ArrayList<>();
        for (EntityRecord election : electionsNewestFirst(snapshot, chamber, knownAt)) {
            List<List<String>> results = new ArrayList<>();
            for (PartyResult result : results(snapshot, election, knownAt, page.french())) {
                results.add(List.of(result.label(), result.seats().map(s -> page.number(s.longValue())).orElse(""),
                        result.voteShare().map(v -> page.percent(v, 1)).orElse("")));
            }
            elections.add(new ChamberProfile.Election(election.code(), page.link(electionPath(country, chamber.code(), election.code())),
                    text(election, "election_date", knownAt).map(words::date).orElse(""),
                    latestWords(election, EntityType.ELECTION, "election_type", knownAt, words),
                    number(election, "seats_total", knownAt).map(s -> page.number(s.longValue())).orElse(""),
                    number(election, "women_elected_number", knownAt).map(s -> page.number(s.longValue())).orElse(""),
                    List.copyOf(results)));
        }
        return List.copyOf(elections);
    }

    static String electionPath(String country, String chamber, String election) {
        return CountryPages.chamberPath(country, chamber) + "election/" + election + "/";
    }

    private static List<EntityRecord> electionsNewestFirst(Snapshot snapshot, EntityRecord chamber, Instant knownAt) {
        List<EntityRecord> records = new ArrayList<>(snapshot.children(chamber.ref(), EntityType.ELECTION));
        records.removeIf(e -> !e.knownAt(knownAt));
        records.sort(Comparator.comparing((EntityRecord e) -> text(e, "election_date", knownAt).orElse("")).reversed());
        return records;
    }

    /** A party's result in an election, as recorded (ParlGov leaves seats, votes or share blank where unknown). */
    record PartyResult(String name, String abbreviation, Optional<Double> seats, Optional<Double> votes, Optional<Double> voteShare) {

        /** The party's name, with its abbreviation when it has one that is not its name. */
        String label() {
            return abbreviation.isEmpty() || abbreviation.equals(name) ? name : name + " (" + abbreviation + ")";
        }
    }

    /**
     * The results of an election by party, most seats first, then most votes. Parties are named in English (ParlGov's
     * English name) on English pages and by their own name (in their language) on French pages, where an English
     * name would be out of place; each falls back on the other.
     */
    static List<PartyResult> results(Snapshot snapshot, EntityRecord election, Instant knownAt, boolean ownName) {
        List<PartyResult> results = new ArrayList<>();
        for (EntityRecord result : snapshot.children(election.ref(), EntityType.ELECTION_RESULT)) {
            if (!result.knownAt(knownAt)) {
                continue;
            }
            Optional<EntityRecord> party = text(result, "political_party", knownAt)
                    .flatMap(code -> snapshot.get(new EntityRef(EntityType.POLITICAL_PARTY, code)));
            String first = ownName ? "party_name" : "party_name_english";
            String second = ownName ? "party_name_english" : "party_name";
            String name = party.flatMap(p -> text(p, first, knownAt).or(() -> text(p, second, knownAt)))
                    .or(() -> text(result, "political_party", knownAt)).orElse(result.code());
            String abbreviation = party.flatMap(p -> text(p, "party_abbreviation", knownAt)).orElse("");
            results.add(new PartyResult(name, abbreviation, number(result, "seats", knownAt), number(result, "votes", knownAt),
                    number(result, "vote_share", knownAt)));
        }
        results.sort(Comparator.comparing((PartyResult r) -> -r.seats().orElse(-1.0))
                .thenComparing(r -> -r.votes().orElse(-1.0)).thenComparing(r -> -r.voteShare().orElse(-1.0))
                .thenComparing(PartyResult::name));
        return results;
    }

    /** The chamber's newest election whose results give seats to at least one party. */
    static Optional<EntityRecord> latestElectionWithSeats(Snapshot snapshot, EntityRecord chamber, Instant knownAt) {
        return electionsNewestFirst(snapshot, chamber, knownAt).stream()
                .filter(e -> results(snapshot, e, knownAt, false).stream().anyMatch(r -> r.seats().orElse(0.0) >= 1)).findFirst();
    }

    /** The largest parties drawn with their own colour; the others together as one group. */
    static final int PARTIES_DRAWN = 7;

    /** The seats won by party at an election, when its results give seats (and no more than a hemicycle can draw). */
    Optional<Hemicycle> partyHemicycle(Snapshot snapshot, EntityRecord election, PageContext page) {
        Instant knownAt = page.recordTime();
        List<PartyResult> won = results(snapshot, election, knownAt, page.french()).stream().filter(r -> r.seats().orElse(0.0) >= 1).toList();
        int total = won.stream().mapToInt(r -> r.seats().get().intValue()).sum();
        if (won.isEmpty() || total > Hemicycle.MAX_SEATS) {
            return Optional.empty();
        }
        List<Hemicycle.SeatGroup> groups = new ArrayList<>();
        int others = 0;
        int otherParties = 0;
        for (int i = 0; i < won.size(); i++) {
            int seats = won.get(i).seats().get().intValue();
            if (i < PARTIES_DRAWN || won.size() == PARTIES_DRAWN + 1) {
                groups.add(new Hemicycle.SeatGroup(won.get(i).label(), seats, org.plenum.web.chart.ChartPalette.categorical(i)));
            } else {
                others += seats;
                otherParties++;
            }
        }
        if (others > 0) {
            groups.add(new Hemicycle.SeatGroup(page.t("registry.chart.parties.others", otherParties), others,
                    org.plenum.web.chart.ChartPalette.NOT_KNOWN));
        }
        String chamber = snapshot.get(EntityRef.chamber(ChamberCodes.ofElection(election.code())))
                .flatMap(c -> TranslatedNames.of(c, "chamber_name", knownAt)).map(n -> n.in(page.lang()))
                .orElse(ChamberCodes.ofElection(election.code()));
        String date = text(election, "election_date", knownAt).map(new ValueWords(page, catalogue)::date).orElse("");
        return Optional.of(new Hemicycle(page.t("registry.chart.parties.title", chamber, date),
                page.t("registry.chart.parties.description", chamber, date, page.number(total)), groups));
    }

    private String latestWords(EntityRecord record, EntityType type, String field, Instant knownAt, ValueWords words) {
        return catalogue.field(type, field).flatMap(f -> record.latest(field, knownAt).map(step -> words.value(f, step.value())))
                .orElse("");
    }

    static Optional<String> text(EntityRecord record, String field, Instant knownAt) {
        return record.latest(field, knownAt).flatMap(s -> s.value() instanceof FactValue.Present p ? Optional.of(p.value()) : Optional.empty());
    }

    private static Optional<Double> number(EntityRecord record, String field, Instant knownAt) {
        return record.latest(field, knownAt).flatMap(ValueWords::number);
    }
}
