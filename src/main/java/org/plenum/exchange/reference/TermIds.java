package org.plenum.exchange.reference;

import java.util.Locale;

/**
 * Turns a source's label into a taxonomy term id. The rule, which the taxonomy catalogue uses too:
 * <ol>
 *   <li>lower-case the label (root locale);</li>
 *   <li>replace every run of characters that are not {@code a-z} or {@code 0-9} by one {@code _};</li>
 *   <li>remove {@code _} at the start and at the end.</li>
 * </ol>
 * So "Sub-Saharan Africa" gives {@code sub_saharan_africa}, "Europe" gives {@code europe},
 * "Middle East and North Africa" gives {@code middle_east_and_north_africa}. Letters outside
 * {@code a-z} (e.g. accented ones) count as non-alphanumeric and become {@code _}; none of the labels in
 * use has one.
 */
final class TermIds {

    private TermIds() {
    }

    static String fromLabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        String snake = lower.replaceAll("[^a-z0-9]+", "_");
        return snake.replaceAll("^_+|_+$", "");
    }
}
