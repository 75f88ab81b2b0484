package org.plenum.registry.dictionary;

import java.util.Locale;

/** The message keys of the catalogue's words (data types, units, update frequencies, series kinds). */
public final class DictionaryWords {

    private DictionaryWords() {
    }

    /** The key of a word: {@code key("frequency", "yearly (1 July)")} is {@code dictionary.frequency.yearly_1_july}. */
    public static String key(String prefix, String value) {
        String word = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return "dictionary." + prefix + "." + (word.isEmpty() ? "none" : word);
    }
}
