package org.plenum.aiwatch.usecases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCaseStatus;
import org.plenum.aiwatch.UseCaseText;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.Snapshot;

/**
 * Reads the bundled seed of IPU's use cases (issue 14): {@code ai-use-cases.csv} (IPU's words, from SOURCES.md's
 * pages), {@code ai-use-case-classification.csv} (the category of the use cases whose category the seed does not
 * give, by Plenum's editors unless said otherwise) and {@code ai-use-cases-fr.csv} (Plenum's French translation).
 * Countries and chambers are matched to the registry's by name (English, French or local name); a country the
 * registry lacks refuses the seed, a chamber it lacks is kept as named and reported in {@link Result#warnings()}.
 * Nothing is dropped: every problem names the file, row and column.
 */
final class UseCaseSeed {

    static final String USE_CASES = "ai-use-cases.csv";
    static final String CLASSIFICATION = "ai-use-case-classification.csv";
    static final String FRENCH = "ai-use-cases-fr.csv";
    /** The files the seed is read from, in the order they are read (also what its load key covers). */
    static final List<String> FILES = List.of(UseCaseCategories.FILE, USE_CASES, CLASSIFICATION, FRENCH);

    /** The seed's text columns, in {@link UseCaseText}'s order. */
    static final List<String> TEXT_COLUMNS = List.of("title", "objective", "actors", "prerequisites",
            "scenario_summary", "expected_results", "challenges", "data_requirements", "integrations",
            "success_metrics");
    private static final Pattern ID = Pattern.compile("\\d{3}");

    record Result(List<LibraryEntry> entries, List<String> warnings) {
    }

    private UseCaseSeed() {
    }

    static Result read(Snapshot registry, UseCaseCategories categories, Instant now) {
        return read(registry, categories, now, SeedFiles.bytes(USE_CASES), SeedFiles.bytes(CLASSIFICATION),
                SeedFiles.bytes(FRENCH));
    }

    static Result read(Snapshot registry, UseCaseCategories categories, Instant now, byte[] useCases,
                       byte[] classification, byte[] french) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, SeedFiles.Row> classified = byId(CLASSIFICATION, SeedFiles.rows(CLASSIFICATION, classification,
                List.of("use_case_id", "category", "classified_by", "note")), errors);
        Map<String, SeedFiles.Row> translated = byId(FRENCH, SeedFiles.rows(FRENCH, french,
                frenchColumns()), errors);
        Map<String, String> countries = countryCodes(registry);
        List<LibraryEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> required = new ArrayList<>(List.of("use_case_id", "category", "country", "chamber", "date",
                "source_url"));
        required.addAll(TEXT_COLUMNS);
        for (SeedFiles.Row row : SeedFiles.rows(USE_CASES, useCases, required)) {
            String where = USE_CASES + " row " + row.number();
            String id = row.get("use_case_id");
            if (!ID.matcher(id).matches()) {
                errors.add(where + ", column use_case_id: '" + id + "' is not IPU's three-digit number");
                continue;
            }
            if (!seen.add(id)) {
                errors.add(where + ", column use_case_id: " + id + " is listed twice");
                continue;
            }
            String country = countries.get(norm(row.get("country")));
            if (country == null) {
                errors.add(where + ", column country: '" + row.get("country") + "' is no country of Plenum's registry");
                continue;
            }
            String chamberName = row.get("chamber");
            Optional<String> chamber = chamberName.isBlank() ? Optional.empty()
                    : chamberCode(registry, country, chamberName);
            if (!chamberName.isBlank() && chamber.isEmpty()) {
                warnings.add(where + ", column chamber: '" + chamberName + "' is no chamber of " + country
                        + " in Plenum's registry; kept as named, without a link");
            }
            Optional<PartialDate> date;
            try {
                date = row.get("date").isBlank() ? Optional.empty() : Optional.of(PartialDate.parse(row.get("date")));
            } catch (IllegalArgumentException e) {
                errors.add(where + ", column date: " + e.getMessage());
                continue;
            }
            String category;
            boolean byIpu;
            SeedFiles.Row classification1 = classified.remove(id);
            if (!row.get("category").isBlank()) {
                Optional<UseCaseCategory> named = categories.byEnglishName(row.get("category"));
                if (named.isEmpty()) {
                    errors.add(where + ", column category: '" + row.get("category") + "' is none of the categories of "
                            + UseCaseCategories.FILE);
                    continue;
                }
                if (classification1 != null) {
                    errors.add(CLASSIFICATION + " row " + classification1.number() + ": use case " + id
                            + " has its category in " + USE_CASES + " (IPU's); classify only those without");
                    continue;
                }
                category = named.get().code();
                byIpu = true;
            } else if (classification1 == null) {
                errors.add(where + ", column category: empty, and " + CLASSIFICATION + " does not classify " + id);
                continue;
            } else {
                String where2 = CLASSIFICATION + " row " + classification1.number();
                category = classification1.get("category");
                if (categories.find(category).isEmpty()) {
                    errors.add(where2 + ", column category: '" + category + "' is none of the categories of "
                            + UseCaseCategories.FILE);
                    continue;
                }
                String by = classification1.get("classified_by");
                if (!by.equals("ipu") && !by.equals("plenum")) {
                    errors.add(where2 + ", column classified_by: '" + by + "' is neither ipu nor plenum");
                    continue;
                }
                byIpu = by.equals("ipu");
            }
            String source = row.get("source_url");
            if (!source.startsWith("https://www.ipu.org/")) {
                errors.add(where + ", column source_url: '" + source + "' is not a page of www.ipu.org");
                continue;
            }
            UseCaseText english = text(row, TEXT_COLUMNS);
            if (english.title().isBlank()) {
                errors.add(where + ", column title: empty");
                continue;
            }
            SeedFiles.Row fr = translated.remove(id);
            Optional<UseCaseText> frenchText = Optional.empty();
            if (fr != null) {
                UseCaseText text = text(fr, frenchColumns().subList(1, frenchColumns().size()));
                List<String> missing = missingTranslations(english, text);
                if (!missing.isEmpty()) {
                    errors.add(FRENCH + " row " + fr.number() + ": use case " + id + " has English but no French for "
                            + missing);
                    continue;
                }
                frenchText = Optional.of(text);
            }
            UseCase useCase = new UseCase(id, category, byIpu, country, chamber, date, UseCaseStatus.UNKNOWN, english,
                    frenchText, List.of(), source, true, now, now);
            entries.add(new LibraryEntry(useCase, chamberName));
        }
        classified.values().forEach(r -> errors.add(CLASSIFICATION + " row " + r.number() + ": use case "
                + r.get("use_case_id") + " is not in " + USE_CASES));
        translated.values().forEach(r -> errors.add(FRENCH + " row " + r.number() + ": use case "
                + r.get("use_case_id") + " is not in " + USE_CASES));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The bundled AI use cases cannot be loaded: " + String.join("; ", errors));
        }
        return new Result(List.copyOf(entries), List.copyOf(warnings));
    }

    /** The French file's columns: the id, then the same text columns as the English seed. */
    static List<String> frenchColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("use_case_id");
        columns.addAll(TEXT_COLUMNS);
        return columns;
    }

    /**
     * The fields that have English words but no French: a translation covers every field the English has (title,
     * objective, scenario and expected results at least, since IPU's pages always have those).
     */
    static List<String> missingTranslations(UseCaseText english, UseCaseText french) {
        List<String> missing = new ArrayList<>();
        List<String> en = UseCaseTexts.values(english);
        List<String> fr = UseCaseTexts.values(french);
        for (int i = 0; i < en.size(); i++) {
            if (!en.get(i).isBlank() && fr.get(i).isBlank()) {
                missing.add(TEXT_COLUMNS.get(i));
            }
        }
        return missing;
    }

    private static UseCaseText text(SeedFiles.Row row, List<String> columns) {
        List<String> v = columns.stream().map(row::get).toList();
        return new UseCaseText(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8), v.get(9));
    }

    private static Map<String, SeedFiles.Row> byId(String file, List<SeedFiles.Row> rows, List<String> errors) {
        Map<String, SeedFiles.Row> byId = new HashMap<>();
        for (SeedFiles.Row row : rows) {
            if (byId.put(row.get("use_case_id"), row) != null) {
                errors.add(file + " row " + row.number() + ": use case " + row.get("use_case_id") + " is listed twice");
            }
        }
        return byId;
    }

    /** The registry's countries by their English and French names, lower case. */
    private static Map<String, String> countryCodes(Snapshot registry) {
        Map<String, String> codes = new HashMap<>();
        for (EntityRecord country : registry.all(EntityType.COUNTRY)) {
            for (String language : List.of("en", "fr")) {
                country.text("country_name", language, EntityRecord.LATEST)
                        .ifPresent(name -> codes.putIfAbsent(norm(name), country.code()));
            }
        }
        return codes;
    }

    /** The chamber of {@code country} whose English, French or local name is {@code name}, ignoring case. */
    static Optional<String> chamberCode(Snapshot registry, String country, String name) {
        String wanted = norm(name);
        for (EntityRecord chamber : registry.all(EntityType.CHAMBER)) {
            if (!chamber.code().startsWith(country + "-")) {
                continue;
            }
            List<Optional<String>> names = List.of(chamber.text("chamber_name", "en", EntityRecord.LATEST),
                    chamber.text("chamber_name", "fr", EntityRecord.LATEST),
                    chamber.latestValue("chamber_name_local", EntityRecord.LATEST));
            if (names.stream().flatMap(Optional::stream).map(UseCaseSeed::norm).anyMatch(wanted::equals)) {
                return Optional.of(chamber.code());
            }
        }
        return Optional.empty();
    }

    private static String norm(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
