package org.plenum.aiwatch.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.springframework.stereotype.Component;

/**
 * Turns the names a source gives a parliament's chambers ("Chamber of Deputies; Senate") into Plenum's chamber codes
 * ({@code AR-LC01 AR-UC02}), by the registry: a name is a chamber's English name ({@code chamber_name}) or local name
 * ({@code chamber_name_local}), or the parliament's name ({@code parliament_name}: all its chambers), compared
 * without regard to case; the names the registry spells otherwise are listed with their codes in
 * {@code dataset/ai/action-chamber-names.csv}. A name found nowhere is returned as unknown, never dropped silently.
 */
@Component
class ChamberNames {

    private final PublishedRegistry registry;
    private volatile Map<String, List<String>> aliases;

    ChamberNames(PublishedRegistry registry) {
        this.registry = registry;
    }

    /** The codes found and the names not found. */
    record Resolved(List<String> chambers, List<String> unknown) {
    }

    /** The chambers of {@code names} (separated by ';') in {@code country}. */
    Resolved resolve(String country, String names) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names.split(";")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            List<String> found = find(country, n);
            if (found.isEmpty()) {
                unknown.add(n);
            }
            codes.addAll(found);
        }
        return new Resolved(List.copyOf(codes), unknown);
    }

    /** The chambers of a country in the registry: code → "Country: Chamber" in the language. */
    Map<String, String> chambersOf(String country, String language) {
        Snapshot snapshot = registry.current();
        Map<String, String> chambers = new LinkedHashMap<>();
        for (EntityRecord chamber : snapshot.children(EntityRef.parliament(country), EntityType.CHAMBER)) {
            chambers.put(chamber.code(), snapshot.chamberTitle(chamber.code(), language));
        }
        return chambers;
    }

    private List<String> find(String country, String name) {
        String key = key(name);
        List<String> alias = aliases().get(country + "|" + key);
        if (alias != null) {
            return alias;
        }
        Snapshot snapshot = registry.current();
        List<String> found = new ArrayList<>();
        List<EntityRecord> chambers = snapshot.children(EntityRef.parliament(country), EntityType.CHAMBER);
        for (EntityRecord chamber : chambers) {
            if (matches(chamber.text("chamber_name", "en", EntityRecord.LATEST), key)
                    || matches(chamber.latestValue("chamber_name_local", EntityRecord.LATEST), key)) {
                found.add(chamber.code());
            }
        }
        if (found.isEmpty()) {
            Optional<EntityRecord> parliament = snapshot.get(EntityRef.parliament(country));
            if (parliament.isPresent() && matches(parliament.get().text("parliament_name", "en", EntityRecord.LATEST), key)) {
                chambers.forEach(c -> found.add(c.code()));
            }
        }
        return found;
    }

    private static boolean matches(Optional<String> value, String key) {
        return value.map(ChamberNames::key).filter(key::equals).isPresent();
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Map<String, List<String>> aliases() {
        Map<String, List<String>> read = aliases;
        if (read == null) {
            read = new LinkedHashMap<>();
            for (SeedFiles.Row row : SeedFiles.rows("action-chamber-names.csv",
                    List.of("country_iso2", "name", "chambers", "why"))) {
                List<String> codes = List.of(row.cell("chambers").split("\\s+"));
                for (String code : codes) {
                    if (!code.startsWith(row.cell("country_iso2") + "-")) {
                        throw new SeedFiles.SeedException(row.where("chambers") + ": " + code + " is not a chamber of "
                                + row.cell("country_iso2"));
                    }
                }
                read.put(row.cell("country_iso2") + "|" + key(row.cell("name")), codes);
            }
            aliases = read;
        }
        return read;
    }
}
