package org.plenum.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenum.exchange.csv.SpreadsheetFormulas;
import org.plenum.registry.FactAssertion;
import org.plenum.registry.FactValue;

/**
 * The last check of every import, after its reader and before the fact store: what no reader may let through, whatever
 * the format. A fact is rejected (its row named) with every other fact of the same source (its row or record: a
 * rejected cell rejects its row, docs/decisions/0028) when its value or annotation:
 * <ul>
 *   <li>is longer than the database holds ({@value #MAX_TEXT} characters): before, the write failed as a whole with
 *       the SQL in a stack trace;</li>
 *   <li>is text that a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, see {@link SpreadsheetFormulas}):
 *       no real name or note starts so, and the CSV exports would have to carry it.</li>
 * </ul>
 */
final class ImportScreen {

    /** The size of {@code fact.value_text} and {@code fact.annotation} (V1__registry.sql). */
    static final int MAX_TEXT = 20_000;

    /**
     * One language of a translated text. Possessive, so that a long text is matched run by run: with {@code (a|b)*} the
     * matcher recursed once per character, and a text of some thousand characters overflowed the stack (found by
     * ImportFuzzTest).
     */
    private static final Pattern TRANSLATION = Pattern.compile("\":\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    private static final Pattern ROW_SOURCE = Pattern.compile("(.+) row ([0-9]+)");

    private ImportScreen() {
    }

    static ParsedFile screen(ParsedFile parsed) {
        List<RejectedRow> rejected = new ArrayList<>(parsed.rejected());
        java.util.Set<String> rejectedSources = new java.util.HashSet<>();
        for (FactAssertion fact : parsed.facts()) {
            String reason = reason(fact);
            if (reason != null) {
                rejected.add(rejection(parsed.file(), fact, reason));
                rejectedSources.add(fact.source());
            }
        }
        if (rejectedSources.isEmpty()) {
            return parsed;
        }
        // a rejected value rejects its whole row (record): the other facts read from it are left out too
        List<FactAssertion> kept = parsed.facts().stream().filter(f -> !rejectedSources.contains(f.source())).toList();
        return new ParsedFile(parsed.file(), parsed.rowsRead(), parsed.entities(), kept, rejected, parsed.warnings(),
                parsed.rejectedBeyond());
    }

    private static String reason(FactAssertion fact) {
        String value = fact.value() instanceof FactValue.Present present ? present.value() : "";
        if (value.length() > MAX_TEXT) {
            return "the value has " + value.length() + " characters; at most " + MAX_TEXT + " are kept";
        }
        if (fact.annotation().length() > MAX_TEXT) {
            return "the note has " + fact.annotation().length() + " characters; at most " + MAX_TEXT + " are kept";
        }
        for (String text : texts(value)) {
            if (SpreadsheetFormulas.isRefusedOnImport(text)) {
                return "'" + abbreviate(text) + "' starts with '" + printable(text.charAt(0))
                        + "': a spreadsheet would run it as a formula";
            }
        }
        if (SpreadsheetFormulas.isRefusedOnImport(fact.annotation())) {
            return "the note '" + abbreviate(fact.annotation()) + "' starts with '" + printable(fact.annotation().charAt(0))
                    + "': a spreadsheet would run it as a formula";
        }
        return null;
    }

    /** The texts of a value: the value itself, or each language of a translated text ({@code {"en":"…","fr":"…"}}). */
    private static List<String> texts(String value) {
        if (!value.startsWith("{\"")) {
            return List.of(value);
        }
        List<String> texts = new ArrayList<>();
        Matcher m = TRANSLATION.matcher(value);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts.isEmpty() ? List.of(value) : texts;
    }

    private static RejectedRow rejection(String file, FactAssertion fact, String reason) {
        Matcher m = ROW_SOURCE.matcher(fact.source());
        String about = fact.entity() + ", " + fact.field() + ": " + reason;
        if (m.matches()) {
            return new RejectedRow(m.group(1), Integer.parseInt(m.group(2)), fact.field(), about);
        }
        return new RejectedRow(file, 0, fact.field(), fact.source() + ": " + about);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : c == '\r' ? "\\r" : String.valueOf(c);
    }
}
