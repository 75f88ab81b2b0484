package org.plenum.exchange.csv;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would run as a formula when it opens a CSV file (CSV or formula injection). OWASP's rule:
 * a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Two kinds of such
 * cells are real data and are left as they are: a number ({@code -3}, {@code -0.4}, {@code +2}; a spreadsheet reads
 * it as the number it is) and IPU's {@code -} for "no value" (a spreadsheet shows it as text).
 *
 * <p>Exports neutralise such text with OWASP's prefix, a single quote ({@code '=1+1}): the spreadsheet shows the
 * text, the quote included, and runs nothing. Importers refuse such text ({@link #isRefusedOnImport}, applied by
 * {@code ImportScreen}), bar real names that merely start with a sign.
 */
public final class SpreadsheetFormulas {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)*%?");

    private SpreadsheetFormulas() {
    }

    /** Whether a spreadsheet would take this cell for a formula. */
    public static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !text.equals("-") && !NUMBER.matcher(text).matches();
    }

    /**
     * Whether an importer refuses this text: a formula by {@link #isFormula}, except text starting with {@code +} or
     * {@code -} that calls nothing. Real names start so ({@code +Europa}, an Italian party in ParlGov; {@code --}):
     * refusing them would lose real data, and they are neutralised on export anyway. A sign followed by a call, a
     * DDE link or a comparison ({@code (}, {@code |}, {@code !}, {@code =}) is refused, as is every cell starting with
     * {@code =}, {@code @}, a tab or a carriage return.
     */
    public static boolean isRefusedOnImport(String text) {
        if (!isFormula(text)) {
            return false;
        }
        char first = text.charAt(0);
        if (first != '+' && first != '-') {
            return true;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '|' || c == '!' || c == '=') {
                return true;
            }
        }
        return false;
    }

    /** The text as a CSV cell may hold it: a formula gets a leading single quote, anything else is unchanged. */
    public static String neutralise(String text) {
        return isFormula(text) ? "'" + text : text;
    }
}
