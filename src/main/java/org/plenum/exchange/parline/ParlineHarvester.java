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
     * Plenum's option for harvesters ({@code history=all}, decision 0027): every record and every field as a series
     * with its valid time, in one pass. Asked once, on the first page of countries; a source that says so in
     * {@code meta.history} is read with it, any other (Parline ignores or refuses it) as Parline: its plain lists.
     */
    static final String HISTORY = "history=all";
    static final String HISTORY_PROBE = HISTORY + "&page%5Bnumber%5D=1&page%5Bsize%5D=1";

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

        boolean history = offersHistory(root, options, progress, client);
        summary.add(history ? "the source offers history=all: every record, and every field with its valid time, read in one pass"
                : "the source does not offer history=all (Parline): its lists and values are read as Parline serves them");
        String query = history ? HISTORY : "";
        ParentRecords parents = new ParentRecords(root, options, progress, client, mapper, data, known, query);
        for (EntityType type : COLLECTIONS) {
            int before = data.records();
            Endpoint endpoint = new Endpoint(type.resource(), true, query);
            int pages = read(root, endpoint, options, progress, client, (page, url) -> {
                JsonNode rows = rows(page);
                for (int i = 0; i < rows.size(); i++) {
                    mapper.map(type, rows.get(i), url.toString(), i, parents, data);
                }
            });
            report(endpoint, progress, pages, (data.records() - before) + " records", summary, notes);
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

    /** @param onePage read its first page only, never following {@code links.next} or {@code meta.total} */
    private record Endpoint(String path, boolean paged, String query, boolean onePage) {
        Endpoint(String path, boolean paged) {
            this(path, paged, "");
        }

        Endpoint(String path, boolean paged, String query) {
            this(path, paged, query, false);
        }

        /** The name of the endpoint in the kept pages and in the report. */
        String key() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    /**
     * Whether the source offers {@code history=all}: its first page of countries asked with it says
     * {@code meta.history: "all"}. The answer is kept like any page, so a resumed harvest reads in the same way.
     */
    private boolean offersHistory(URI root, HarvestOptions options, HarvestProgress progress, ParlineClient client) {
        boolean[] offered = {false};
        read(root, new Endpoint(EntityType.COUNTRY.resource(), false, HISTORY_PROBE, true), options, progress, client,
                (page, url) -> offered[0] = page.path("meta").path("history").asString("").equals("all"));
        return offered[0];
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
        private final String query;
        private final java.util.Set<EntityRef> tried = new java.util.HashSet<>();
        private final List<String> fetched = new ArrayList<>();

        ParentRecords(URI root, HarvestOptions options, HarvestProgress progress, ParlineClient client, RecordMapper mapper,
                      HarvestedData data, Predicate<EntityRef> known, String query) {
            this.query = query;
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
            Endpoint endpoint = new Endpoint(parent.type().resource() + "/" + parent.code(), false, query);
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
            next = endpoint.onePage() ? Optional.empty() : next(root, endpoint, options, page, kept.url(), number, rowsSoFar);
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
            next = endpoint.onePage() ? Optional.empty()
                    : next(root, endpoint, options, page, url, number, rowsSoFar).filter(n -> !n.equals(url));
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
