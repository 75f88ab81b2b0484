package org.plenum.registry.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names compared as a reader types them: accents, case and punctuation do not matter ("cote d'ivoire" finds
 * "Côte d’Ivoire", "ETATS-UNIS" finds "États-Unis").
 */
final class SearchNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchNormalizer() {
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("Æ", "AE").replace("Œ", "OE").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
