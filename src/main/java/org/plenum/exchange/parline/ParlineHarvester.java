package org.plenum.exchange.parline;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.plenum.exchange.ParsedFile;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FieldCatalogue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every list, report and metadata endpoint of a Parline-compatible API ({@code plenum import parline <url>})
 * into entities and facts, page by page, writing nothing: {@link org.plenum.exchange.ImportService} writes the result
 * in one batch. Collections are read parents first (countries, parliaments, chambers, elections, parties, election
 * results, people, specialised bodies), with large pages, following {@code links.next} or, without it,
 * {@code meta.total}. Reports and metadata are read and counted; what they hold is computed from, or describes, the
 * collections, so they are not imported (fields the source's catalogue has and Plenum's lacks are listed). Each page
 * is kept in the data directory as it arrives, so an interrupted harvest resumes where it stopped. Design: decision
 * 0016.
 */
public final class ParlineHarvester {

    static final List<EntityType> COLLECTIONS = List.of(EntityType.COUNTRY, EntityType.PARLIAMENT, EntityType.CHAMBER,
            EntityType.ELECTION, EntityType.POLITICAL_PARTY, EntityType.ELECTION_RESULT, EntityType.PERSON,
            EntityType.SPECIALIZED_BODY);
    static final List<String> REPORTS = List.of("reports/women-ranking", "reports/women-averages", "reports/age-brackets",
            "reports/sdg", "reports/speakers", "reports/secretaries-general", "reports/women-speakers", "reports/elections");
    static final List<String> METADATA = List.of("metadata/fields", "metadata/taxonomies", "metadata/groups");
    private static final int MAX_PAGES = 100_000;
    /**
     * Collections whose default list leaves records out (Parline's, and Plenum's answering as Parline: the 193 UN
     * member states, their parliaments and chambers), read a second time with a filter on {@code id} that every
     * record matches: Plenum then lists every record, former countries and territories included (decision 0014). A
     * source that refuses the filter is named in the report; records already read are not read twice.
     */
    static final List<EntityType> EVERY_RECORD = List.of(EntityType.COUNTRY, EntityType.PARLIAMENT, EntityType.CHAMBER);
    static final String EVERY_RECORD_FILTER = "filter=id:ne:~";

    private final FieldCatalogue catalogue;
    private final HttpClient http;
    private final ParlineClient.Sleeper sleeper;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final ParlineNames names = ParlineNames.bundled();

    public ParlineHarvester(FieldCatalogue catalogue) {
        this(catalogue, ParlineClient.defaultHttpClient(), duration -> Thread.sleep(duration.toMillis()));
    }

    ParlineHarvester(FieldCatalogue catalogue, HttpClient http, ParlineClient.Sleeper sleeper) {
        this.catalogue = catalogue;
        this.http = http;
        this.sleeper = sleeper;
    }

    /**
     * @param base         the API's base URL, e.g. {@code https://api.data.ipu.org/v1}
     * @param progressRoot where the pages of unfinished harvests are kept ({@code <data dir>/harvest})
     * @param known        whether an entity already exists in Plenum (a record's parent may be there)
     * @throws HarvestFailedException when the source cannot be read to the end (the pages read so far are kept)
     */
    public Harvest harvest(URI base, HarvestOptions options, Path progressRoot, Predicate<EntityRef> known) {
        long start = System.nanoTime();
        URI root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        HarvestProgress progress = HarvestProgress.open(progressRoot, root, options.restart());
        ParlineClient client = new ParlineClient(http, options, sleeper);
        RecordMapper mapper = new RecordMapper(catalogue, names, new ParlineValues(catalogue, names, json));
        HarvestedData data = new HarvestedData();
        List<String> notes = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        if (progress.resumed()) {
            summary.add("resumed the harvest started at " + progress.startedAt() + " (pages kept in " + progress.directory() + ")");
        }

        ParentRecords parents = new ParentRecords(root, options, progress, client, mapper, data, known);
        for (EntityType type : COLLECTIONS) {
            int before = data.records();
            Endpoint endpoint = new Endpoint(type.resource(), true);
            java.util.Set<EntityRef> listed = new java.util.HashSet<>();
            int pages = read(root, endpoint, options, progress, client, (page, url) -> {
                JsonNode rows = rows(page);
                for (int i = 0; i < rows.size(); i++) {
                    mapper.ref(type, rows.get(i)).ifPresent(listed::add);
                    mapper.map(type, rows.get(i), url.toString(), i, parents, data);
                }
            });
            report(endpoint, progress, pages, (data.records() - before) + " records", summary, notes);
            if (EVERY_RECORD.contains(type)) {
                int beforeEvery = data.records();
                Endpoint every = new Endpoint(type.resource(), true, EVERY_RECORD_FILTER);
                int everyPages = read(root, every, options, progress, client, (page, url) -> {
                    JsonNode rows = rows(page);
                    for (int i = 0; i < rows.size(); i++) {
                        Optional<EntityRef> ref = mapper.ref(type, rows.get(i));
                        if (ref.isEmpty() || (!listed.contains(ref.get()) && !data.declares(ref.get()))) {
                            mapper.map(type, rows.get(i), url.toString(), i, parents, data);
                        }
                    }
                });
                report(every, progress, everyPages, (data.records() - beforeEvery)
                        + " records more than the default list (former countries, territories)", summary, notes);
            }
            if (type == EntityType.COUNTRY) {
                int dated = formerCountries(root, options, progress, client, data);
                if (dated > 0) {
                    summary.add("countries: the day each of " + dated + " former countries ceased to exist, read with as_of");
                }
            }
            if (type == EntityType.CHAMBER) {
                int[] chambers = {0};
                Endpoint series = new Endpoint(type.resource(), true, EVERY_RECORD_FILTER + "&fields=struct_parl_status&series=plenum");
                int seriesPages = read(root, series, options, progress, client, (page, url) -> {
                    JsonNode rows = rows(page);
                    for (int i = 0; i < rows.size(); i++) {
                        chambers[0] += mapper.series(type, rows.get(i), "struct_parl_status", url.toString(), i, data) ? 1 : 0;
                    }
                });
                report(series, progress, seriesPages, chambers[0] + " chambers' struct_parl_status with its dates (Plenum's series,"
                        + " in place of Parline's one value)", summary, notes);
            }
            if (type == EntityType.ELECTION_RESULT) {
                seatsPerParties(progress.outcome(endpoint.key()).isEmpty(), data, summary);
            }
        }
        if (!parents.fetched.isEmpty()) {
            summary.add("read " + parents.fetched.size() + " parent records one by one (absent from their collection's"
                    + " default list): " + String.join(", ", parents.fetched.stream().limit(20).toList())
                    + (parents.fetched.size() > 20 ? ", …" : ""));
        }
        for (String report : REPORTS) {
            int[] rows = {0};
            Endpoint endpoint = new Endpoint(report, false);
            int pages = read(root, endpoint, options, progress, client, (page, url) -> rows[0] += rows(page).size());
            report(endpoint, progress, pages, rows[0] + " rows (computed from the collections: read, not imported)", summary, notes);
        }
        TreeSet<String> unknownFields = new TreeSet<>();
        for (String metadata : METADATA) {
            int[] rows = {0};
            Endpoint endpoint = new Endpoint(metadata, false);
            int pages = read(root, endpoint, options, progress, client, (page, url) -> {
                JsonNode entries = rows(page);
                rows[0] += entries.size();
                if (metadata.equals("metadata/fields")) {
                    entries.forEach(entry -> unknownField(entry).ifPresent(unknownFields::add));
                }
            });
            report(endpoint, progress, pages, rows[0] + " entries", summary, notes);
        }
        if (!unknownFields.isEmpty()) {
            notes.add("metadata/fields: " + unknownFields.size() + " fields of the source's catalogue are not in Plenum's: "
                    + String.join(", ", unknownFields.stream().limit(40).toList()) + (unknownFields.size() > 40 ? ", …" : ""));
        }
        for (Map.Entry<String, Integer> unknown : data.unknownNames().entrySet()) {
            notes.add(unknown.getKey() + ": in " + unknown.getValue() + " records; not a field of Plenum's catalogue: not imported");
        }
        for (Map.Entry<String, Integer> computed : data.computedNames().entrySet()) {
            notes.add(computed.getKey() + ": in " + computed.getValue() + " records; Plenum computes it: not imported");
        }
        summary.add(client.requests() + " requests (" + client.retries() + " retried) in "
                + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9) + " s, "
                + progress.keptPages() + " pages taken from the interrupted harvest");
        ParsedFile parsed = new ParsedFile(root.toString(), data.records(), data.entities(), data.facts(), data.rejected());
        return new Harvest(root, parsed, notes, summary, progress);
    }

    private record Endpoint(String path, boolean paged, String query) {
        Endpoint(String path, boolean paged) {
            this(path, paged, "");
        }

        /** The name of the endpoint in the kept pages and in the report. */
        String key() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    /**
     * When each former country ceased to exist. Its {@code is_former_country} is a single value (no dates, in
     * Parline's shape): read from a list it is {@code true}, and a mirror would hold it true always, so that the
     * country's chambers would drop out of the lists of dates when it still existed ({@code chambers?as_of=1995}).
     * For each country read as former, the day it became former is found by asking its record with {@code as_of}
     * (a bisection over the days since {@value #EARLIEST}, at most ~17 small requests a country: Parline lists no
     * former countries, so only a Plenum source is asked), and the fact becomes {@code false} always and
     * {@code true} from that day, as in the source. A country that was not {@code false} on the earliest day is
     * left as read.
     *
     * @return the number of former countries dated
     */
    private int formerCountries(URI root, HarvestOptions options, HarvestProgress progress, ParlineClient client, HarvestedData data) {
        int dated = 0;
        for (var declaration : data.entities()) {
            EntityRef country = declaration.entity();
            if (country.type() != EntityType.COUNTRY || !country.code().matches("[A-Za-z0-9._-]+")) {
                continue;
            }
            Optional<org.plenum.registry.FactAssertion> always = data.fact(country, "is_former_country", Optional.empty());
            if (always.isEmpty() || !always.get().value().equals(org.plenum.registry.FactValue.of("true"))) {
                continue;
            }
            java.time.LocalDate low = java.time.LocalDate.parse(EARLIEST);
            java.time.LocalDate high = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            Optional<String> lowSource = formerOn(root, options, progress, client, country, low, "false");
            if (lowSource.isEmpty()) {
                continue;
            }
            String falseSource = lowSource.get();
            String trueSource = always.get().source();
            while (low.plusDays(1).isBefore(high)) {
                java.time.LocalDate middle = low.plusDays(java.time.temporal.ChronoUnit.DAYS.between(low, high) / 2);
                Optional<String> former = formerOn(root, options, progress, client, country, middle, "true");
                if (former.isPresent()) {
                    high = middle;
                    trueSource = former.get();
                } else {
                    low = middle;
                }
            }
            data.replace(always.get(), List.of(
                    new org.plenum.registry.FactAssertion(country, "is_former_country", org.plenum.registry.ValidTime.always(),
                            org.plenum.registry.FactValue.of("false"), "", falseSource),
                    new org.plenum.registry.FactAssertion(country, "is_former_country", org.plenum.registry.ValidTime.from(high),
                            always.get().value(), always.get().annotation(), trueSource)));
            dated++;
        }
        return dated;
    }

    static final String EARLIEST = "1800-01-01";

    /** The source of the country's {@code is_former_country} on a day if it is {@code expected} then. */
    private Optional<String> formerOn(URI root, HarvestOptions options, HarvestProgress progress, ParlineClient client,
                                      EntityRef country, java.time.LocalDate day, String expected) {
        Endpoint endpoint = new Endpoint("countries/" + country.code(), false, "fields=is_former_country&as_of=" + day);
        String[] found = {null};
        read(root, endpoint, options, progress, client, (page, url) -> {
            JsonNode rows = rows(page);
            if (rows.isEmpty()) {
                return;
            }
            boolean wrapped = rows.get(0).path("attributes").isObject();
            JsonNode value = (wrapped ? rows.get(0).get("attributes") : rows.get(0)).path("is_former_country");
            JsonNode bare = value.isObject() ? value.path("value") : value;
            if ((bare.isBoolean() || bare.isString()) && bare.asString().equals(expected)) {
                found[0] = url + "#/data" + (wrapped ? "/attributes" : "") + "/is_former_country";
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * The election results of the elections' {@code seats_per_parties}: kept when the source has no
     * {@code /election_results} collection (Parline), else left out, the collection being read instead (a Plenum:
     * the same results with their annotations and missing reasons, and results that name no seats).
     */
    private static void seatsPerParties(boolean collectionServed, HarvestedData data, List<String> summary) {
        if (collectionServed) {
            int entries = data.discardSeatsPerParties();
            if (entries > 0) {
                summary.add("elections.seats_per_parties: " + entries + " entries not imported: the source's election_results"
                        + " collection is read instead");
            }
        } else {
            int results = data.keepSeatsPerParties();
            summary.add("elections.seats_per_parties: " + results + " election results (the source has no election_results collection)");
        }
    }

    /**
     * Whether a parent exists: in Plenum already, or read by its own record URL ({@code countries/SUHH}) when the
     * collection's default list leaves it out (as Parline's {@code /countries} leaves out former countries). The
     * record's page is kept like any other, so a resumed harvest reads it from the disk.
     */
    private final class ParentRecords implements Predicate<EntityRef> {
        private final URI root;
        private final HarvestOptions options;
        private final HarvestProgress progress;
        private final ParlineClient client;
        private final RecordMapper mapper;
        private final HarvestedData data;
        private final Predicate<EntityRef> known;
        private final java.util.Set<EntityRef> tried = new java.util.HashSet<>();
        private final List<String> fetched = new ArrayList<>();

        ParentRecords(URI root, HarvestOptions options, HarvestProgress progress, ParlineClient client, RecordMapper mapper,
                      HarvestedData data, Predicate<EntityRef> known) {
            this.root = root;
            this.options = options;
            this.progress = progress;
            this.client = client;
            this.mapper = mapper;
            this.data = data;
            this.known = known;
        }

        @Override
        public boolean test(EntityRef parent) {
            if (known.test(parent)) {
                return true;
            }
            if (!tried.add(parent) || !parent.code().matches("[A-Za-z0-9._-]+")) {
                return data.declares(parent);
            }
            Endpoint endpoint = new Endpoint(parent.type().resource() + "/" + parent.code(), false);
            read(root, endpoint, options, progress, client, (page, url) -> {
                JsonNode rows = rows(page);
                for (int i = 0; i < rows.size(); i++) {
                    mapper.map(parent.type(), rows.get(i), url.toString(), i, this, data);
                }
            });
            if (data.declares(parent)) {
                fetched.add(parent.type().resource() + "/" + parent.code());
                return true;
            }
            return false;
        }
    }

    private interface PageReader {
        void read(JsonNode page, URI url);
    }

    /** Reads an endpoint's pages, the kept ones from the disk and the others from the source; the number of pages. */
    private int read(URI root, Endpoint endpoint, HarvestOptions options, HarvestProgress progress, ParlineClient client,
                     PageReader reader) {
        int rowsSoFar = 0;
        int number = 0;
        Optional<URI> next = Optional.of(first(root, endpoint, options));
        for (HarvestProgress.SavedPage kept : progress.pages(endpoint.key())) {
            JsonNode page = parse(kept.url(), kept.body());
            reader.read(page, kept.url());
            number = kept.number();
            rowsSoFar += rows(page).size();
            next = next(root, endpoint, options, page, kept.url(), number, rowsSoFar);
        }
        if (progress.done(endpoint.key())) {
            return number;
        }
        while (next.isPresent()) {
            URI url = next.get();
            ParlineClient.Answer answer = client.get(url);
            if (number == 0 && answer.status() == 404) {
                progress.markDone(endpoint.key(), "not served by the source (HTTP 404)");
                return 0;
            }
            if (number == 0 && answer.status() >= 400 && answer.status() < 500) {
                progress.markDone(endpoint.key(), "refused by the source (HTTP " + answer.status() + ": " + detail(answer.body()) + ")");
                return 0;
            }
            if (answer.status() != 200) {
                throw new HarvestFailedException("GET " + url + ": HTTP " + answer.status() + " " + detail(answer.body()));
            }
            JsonNode page = parse(url, answer.body());
            number++;
            if (number > MAX_PAGES) {
                throw new HarvestFailedException(endpoint.key() + ": more than " + MAX_PAGES + " pages; the paging does not end");
            }
            progress.save(endpoint.key(), number, url, answer.body());
            reader.read(page, url);
            rowsSoFar += rows(page).size();
            next = next(root, endpoint, options, page, url, number, rowsSoFar).filter(n -> !n.equals(url));
        }
        progress.markDone(endpoint.key(), "");
        return number;
    }

    private static URI first(URI root, Endpoint endpoint, HarvestOptions options) {
        return endpoint.paged() ? page(root, endpoint, 1, options.pageSize())
                : root.resolve(endpoint.path() + (endpoint.query().isEmpty() ? "" : "?" + endpoint.query()));
    }

    private static URI page(URI root, Endpoint endpoint, int number, int size) {
        return root.resolve(endpoint.path() + "?" + (endpoint.query().isEmpty() ? "" : endpoint.query() + "&")
                + "page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size);
    }

    /** The next page: {@code links.next} when the document has it, else by {@code meta.total}; empty at the end. */
    private static Optional<URI> next(URI root, Endpoint endpoint, HarvestOptions options, JsonNode page, URI url,
                                      int number, int rowsSoFar) {
        JsonNode link = page.path("links").path("next");
        if (link.isObject()) {
            link = link.path("href");
        }
        if (link.isString() && !link.asString().isBlank()) {
            URI next = url.resolve(encode(link.asString().trim()));
            if (!String.valueOf(next.getHost()).equalsIgnoreCase(String.valueOf(root.getHost())) || next.getPort() != root.getPort()) {
                throw new HarvestFailedException("GET " + url + ": its links.next leads to another server (" + next
                        + "); the harvest reads only " + root);
            }
            return Optional.of(next);
        }
        if (page.path("links").has("next")) {
            return Optional.empty();
        }
        JsonNode total = page.path("meta").path("total");
        if (total.isIntegralNumber() && rowsSoFar < total.asLong() && !rows(page).isEmpty()) {
            return Optional.of(page(root, endpoint, number + 1, options.pageSize()));
        }
        return Optional.empty();
    }

    /** A link as servers write it ({@code page[number]=2}) made a valid URI. */
    static String encode(String link) {
        StringBuilder out = new StringBuilder(link.length() + 16);
        for (char c : link.toCharArray()) {
            switch (c) {
                case '[' -> out.append("%5B");
                case ']' -> out.append("%5D");
                case ' ' -> out.append("%20");
                case '|' -> out.append("%7C");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '"' -> out.append("%22");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The records of a page: {@code data} as a list, as an object keyed by id, or one resource. */
    static JsonNode rows(JsonNode page) {
        JsonNode data = page.path("data");
        if (data.isArray()) {
            return data;
        }
        if (data.isObject() && (data.has("attributes") || data.has("id") || data.has("type"))) {
            return JsonMapper.shared().createArrayNode().add(data);
        }
        if (data.isObject()) {
            var list = JsonMapper.shared().createArrayNode();
            data.values().forEach(list::add);
            return list;
        }
        return JsonMapper.shared().createArrayNode();
    }

    private JsonNode parse(URI url, byte[] body) {
        try {
            JsonNode page = json.readTree(body);
            if (!page.isObject() || !page.has("data")) {
                throw new HarvestFailedException("GET " + url + ": the answer is not a JSON:API document (no data)");
            }
            return page;
        } catch (JacksonException e) {
            throw new HarvestFailedException("GET " + url + ": the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A JSON:API error's detail, or the start of the body. */
    private String detail(byte[] body) {
        try {
            JsonNode error = json.readTree(body).path("errors").path(0);
            if (error.isObject()) {
                return error.path("detail").asString(error.path("title").asString(""));
            }
        } catch (JacksonException notJson) {
            // shown as text below
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    private void report(Endpoint endpoint, HarvestProgress progress, int pages, String what, List<String> summary,
                        List<String> notes) {
        String outcome = progress.outcome(endpoint.key());
        if (!outcome.isEmpty()) {
            notes.add(endpoint.key() + ": " + outcome);
            summary.add(endpoint.key() + ": " + outcome);
        } else {
            summary.add(endpoint.key() + ": " + what + " in " + pages + (pages == 1 ? " page" : " pages"));
        }
    }

    /** A field of the source's catalogue that Plenum's lacks, under Plenum's name for it where they differ. */
    private Optional<String> unknownField(JsonNode entry) {
        JsonNode attributes = entry.path("attributes").isObject() ? entry.get("attributes") : entry;
        Optional<String> name = RecordMapper.scalar(attributes.path("field_id"))
                .or(() -> RecordMapper.scalar(attributes.path("name")))
                .or(() -> RecordMapper.scalar(entry.path("id")));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String entity = RecordMapper.scalar(attributes.path("entity_type")).or(() -> RecordMapper.scalar(attributes.path("entity"))).orElse("");
        Optional<EntityType> type = EntityType.byId(entity).or(() -> EntityType.byResource(entity));
        for (EntityType candidate : type.map(List::of).orElse(List.of(EntityType.values()))) {
            String plenumName = names.name(candidate.resource(), name.get()).map(ParlineNames.Name::plenumName)
                    .filter(n -> !n.isEmpty()).orElse(name.get());
            if (catalogue.field(candidate, plenumName).isPresent() || names.name(candidate.resource(), name.get()).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(type.map(t -> t.id() + ".").orElse("") + name.get());
    }
}
