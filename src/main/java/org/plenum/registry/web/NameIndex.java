package org.plenum.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Every name a reader may type for a country or a chamber: the registry's English and French names, a chamber's local
 * name, the parliament's names, ISO codes, and the other names IPU's and other files use for a country
 * ({@code exchange/country-aliases.csv}: "Cote d'Ivoire", "Bolivia"...; {@code exchange/country-renames.csv}: former
 * names such as "Swaziland"). Built once per publication of the registry; matching ignores accents, case and
 * punctuation ({@link SearchNormalizer}).
 */
@Component
class NameIndex {

    enum Kind { COUNTRY, CHAMBER }

    /** A country or chamber with its names; {@code normalized} holds every name it can be found by. */
    record Entry(Kind kind, String code, String countryCode, TranslatedNames name, boolean former,
                 List<String> names, List<String> normalized) {
    }

    /** A search result: the entry and the name it was found by. */
    record Hit(Entry entry, String matchedName, int rank) {
    }

    private record Built(long publication, List<Entry> entries) {
    }

    private final PublishedRegistry registry;
    private final Map<String, List<String>> otherCountryNames;
    private final AtomicReference<Built> built = new AtomicReference<>();

    NameIndex(PublishedRegistry registry) {
        this.registry = registry;
        this.otherCountryNames = otherCountryNames();
    }

    /** The countries and chambers found by {@code query}, best first: exact, then starting with it, then containing it. */
    List<Hit> search(String query, int limit) {
        String q = SearchNormalizer.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split(" ");
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries()) {
            Hit best = null;
            for (int i = 0; i < entry.normalized().size(); i++) {
                int rank = rank(entry.normalized().get(i), q, words);
                if (rank >= 0 && (best == null || rank < best.rank())) {
                    best = new Hit(entry, entry.names().get(i), rank);
                }
            }
            if (best != null) {
                hits.add(best);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank)
                .thenComparing(h -> h.entry().kind())
                .thenComparing(h -> SearchNormalizer.normalize(h.entry().name().en())));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** How well {@code name} matches: 0 the same, 1 starts with the query, 2 a word starts with it, 3 every word of
     * the query starts a word of the name, 4 contains it; -1 no match. */
    static int rank(String name, String q, String[] words) {
        if (name.equals(q)) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        if (name.contains(" " + q)) {
            return 2;
        }
        String padded = " " + name;
        boolean all = words.length > 1;
        for (String word : words) {
            if (!padded.contains(" " + word)) {
                all = false;
                break;
            }
        }
        if (all) {
            return 3;
        }
        return q.length() >= 3 && name.contains(q) ? 4 : -1;
    }

    /** The name of a country by its code. */
    Optional<TranslatedNames> countryName(String code) {
        for (Entry entry : entries()) {
            if (entry.kind() == Kind.COUNTRY && entry.code().equals(code)) {
                return Optional.of(entry.name());
            }
        }
        return Optional.empty();
    }

    List<Entry> entries() {
        Snapshot snapshot = registry.current();
        Built current = built.get();
        if (current == null || current.publication() != snapshot.publication()) {
            current = new Built(snapshot.publication(), build(snapshot));
            built.set(current);
        }
        return current.entries();
    }

    private List<Entry> build(Snapshot snapshot) {
        Map<String, List<String>> parliamentNames = new HashMap<>();
        for (EntityRecord parliament : snapshot.all(EntityType.PARLIAMENT)) {
            TranslatedNames.of(parliament, "parliament_name", EntityRecord.LATEST).ifPresent(n ->
                    parliamentNames.put(parliament.code(), List.of(n.en(), n.fr())));
        }
        List<Entry> entries = new ArrayList<>();
        for (EntityRecord country : snapshot.all(EntityType.COUNTRY)) {
            Optional<TranslatedNames> name = TranslatedNames.of(country, "country_name", EntityRecord.LATEST);
            if (name.isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(List.of(name.get().en(), name.get().fr(), country.code()));
            text(country, "iso_alpha3_code").ifPresent(names::add);
            names.addAll(otherCountryNames.getOrDefault(country.code(), List.of()));
            names.addAll(parliamentNames.getOrDefault(country.code(), List.of()));
            entries.add(entry(Kind.COUNTRY, country.code(), country.code(), name.get(),
                    text(country, "is_former_country").map("true"::equals).orElse(false), names));
        }
        for (EntityRecord chamber : snapshot.all(EntityType.CHAMBER)) {
            Optional<TranslatedNames> name = TranslatedNames.of(chamber, "chamber_name", EntityRecord.LATEST);
            if (name.isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(List.of(name.get().en(), name.get().fr(), chamber.code()));
            text(chamber, "chamber_name_local").ifPresent(names::add);
            String country = ChamberCodes.country(chamber.code());
            entries.add(entry(Kind.CHAMBER, chamber.code(), country, name.get(), false, names));
        }
        return List.copyOf(entries);
    }

    private static Entry entry(Kind kind, String code, String country, TranslatedNames name, boolean former, Set<String> names) {
        names.removeIf(String::isBlank);
        List<String> all = List.copyOf(names);
        return new Entry(kind, code, country, name, former, all, all.stream().map(SearchNormalizer::normalize).toList());
    }

    private static Optional<String> text(EntityRecord record, String field) {
        return record.latest(field, EntityRecord.LATEST)
                .flatMap(s -> s.value() instanceof FactValue.Present p ? Optional.of(p.value()) : Optional.empty());
    }

    /** Other names of countries by code, from the exchange module's name lists (files, not code: no module dependency). */
    private static Map<String, List<String>> otherCountryNames() {
        Map<String, List<String>> names = new HashMap<>();
        read("/exchange/country-aliases.csv", row -> names.computeIfAbsent(row.get("code"), c -> new ArrayList<>()).add(row.get("name")));
        read("/exchange/country-renames.csv", row -> {
            List<String> list = names.computeIfAbsent(row.get("code"), c -> new ArrayList<>());
            list.add(row.get("name_en"));
            list.add(row.get("name_fr"));
        });
        return names;
    }

    private static void read(String resource, java.util.function.Consumer<Map<String, String>> row) {
        try (InputStream in = NameIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            CsvMapper csv = new CsvMapper();
            try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (rows.hasNext()) {
                    row.accept(rows.next());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
