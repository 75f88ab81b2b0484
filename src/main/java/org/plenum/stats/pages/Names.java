package org.plenum.stats.pages;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.Snapshot;
import org.plenum.registry.TimedValue;
import org.plenum.stats.CompareTool;

/**
 * The names of countries and chambers as the registry has them (translated text {@code {"en": …, "fr": …}}): a
 * page shows the French name in French when the registry has one, else the English one, else the code.
 */
final class Names {

    private Names() {
    }

    /** The name of a country ({@code country_name}) by language; the code when there is none. */
    static Map<String, String> country(Snapshot snapshot, String code, Instant knownAt) {
        return translated(snapshot.get(EntityRef.country(code)).flatMap(c -> c.latest("country_name", knownAt)), code);
    }

    /** The name of a chamber ({@code chamber_name}) by language; the code when there is none. */
    static Map<String, String> chamber(Snapshot snapshot, String code, Instant knownAt) {
        return translated(snapshot.get(EntityRef.chamber(code)).flatMap(c -> c.latest("chamber_name", knownAt)), code);
    }

    static Map<String, String> translated(Optional<TimedValue> value, String fallback) {
        return CompareTool.names(value, fallback);
    }

    /** The text for {@code lang} ({@code en} or {@code fr}), falling back to English. */
    static String in(Map<String, String> names, String lang) {
        return names.getOrDefault(lang, names.getOrDefault("en", ""));
    }

    static boolean known(Snapshot snapshot, String countryCode) {
        return snapshot.get(EntityRef.country(countryCode)).map(EntityRecord::code).isPresent();
    }
}
