package org.plenum.registry;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Texts by language ({@code en}, {@code fr}), immutable and in the order of the language codes. Not {@code Map.copyOf}:
 * its iteration order changes from one JVM to the next, and so would the JSON bytes, the ETags and the digests of
 * frozen publications computed on different nodes or days.
 */
public final class Labels {

    private Labels() {
    }

    public static Map<String, String> of(Map<String, String> byLanguage) {
        return Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }
}
