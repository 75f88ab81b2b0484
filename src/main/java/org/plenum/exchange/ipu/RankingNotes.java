package org.plenum.exchange.ipu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.exchange.countries.CountryNames;

/**
 * The country notes of a ranking's notes text (the {@code Dataset notes} cell of current exports, the
 * lines under the table in older ones).
 *
 * <p>The rule: each line of the notes, without its bullet ({@code *}, {@code -}, {@code •}) and
 * emphasis marks, that starts with {@code <country name>:} where the name is a country known to
 * {@link CountryNames} is a note about that country's seats. It belongs to the chamber it names: "Upper
 * House", "upper chamber" or "Senate" → the upper chamber; "Lower House", "lower chamber", "single
 * House" or "single chamber" → the lower or single chamber. A note that names both or neither cannot be
 * placed and is reported, not guessed. Other lines (general notes) are not country notes.
 */
final class RankingNotes {

    private static final Pattern COUNTRY_NOTE = Pattern.compile("([^:]{2,80}):\\s*(\\S.*)");
    private static final List<String> UPPER = List.of("upper house", "upper chamber", "senate");
    private static final List<String> LOWER = List.of("lower house", "lower chamber", "single house",
            "single chamber", "lower or single");

    enum Chamber { LOWER, UPPER }

    /**
     * One note about a country.
     *
     * @param chamber empty when the note names both chambers or neither
     */
    record CountryNote(int row, String countryName, String countryCode, Optional<Chamber> chamber, String text) {
    }

    private RankingNotes() {
    }

    static List<CountryNote> countryNotes(String notes, int row, CountryNames countries) {
        List<CountryNote> found = new ArrayList<>();
        for (String line : notes.split("\\R")) {
            String text = line.replace("**", "").replaceFirst("^[\\s*\\-\u2022]+", "").strip();
            Matcher m = COUNTRY_NOTE.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1).strip();
            Optional<String> code = countries.code(name);
            if (code.isPresent()) {
                found.add(new CountryNote(row, name, code.get(), chamberNamed(m.group(2)), m.group(2).strip()));
            }
        }
        return found;
    }

    private static Optional<Chamber> chamberNamed(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean upper = UPPER.stream().anyMatch(lower::contains);
        boolean lowerOrSingle = LOWER.stream().anyMatch(lower::contains);
        if (upper == lowerOrSingle) {
            return Optional.empty();
        }
        return Optional.of(upper ? Chamber.UPPER : Chamber.LOWER);
    }
}
