package org.plenum.stats.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The alphabetical order IPU lists countries in: by the English name, ignoring accents and case ("Côte
 * d'Ivoire" between "Costa Rica" and "Croatia", "Türkiye" between "Tunisia" and "Turkmenistan"), not by
 * character codes (which would put both after every unaccented name with the same first letters). IPU's own
 * exports are sorted this way: the 2020 compare export lists Congo, Côte d'Ivoire, Czechia.
 *
 * <p>An English collator at secondary strength: letters compare without their accents first, and accents
 * decide only between names that are otherwise equal; case is ignored.
 */
final class CountryOrder {

    private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();
    private static final Collator COLLATOR = collator();

    /** Names in IPU's order. */
    static final Comparator<String> NAMES = (a, b) -> key(a).compareTo(key(b));

    private CountryOrder() {
    }

    /** Keys of one collator only (keys of different collators must not be compared), made once per name. */
    private static CollationKey key(String name) {
        CollationKey key = KEYS.get(name);
        if (key == null) {
            synchronized (COLLATOR) {
                key = KEYS.computeIfAbsent(name, COLLATOR::getCollationKey);
            }
        }
        return key;
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
