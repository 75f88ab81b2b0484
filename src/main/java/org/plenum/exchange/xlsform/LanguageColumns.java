package org.plenum.exchange.xlsform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XLSForm's translated columns: {@code label::English (en)}, {@code hint::Français (fr)}: the part after {@code ::}
 * names a language, with its code in brackets (as ODK and KoboToolbox write it); {@code label::English} without a
 * code is read by the language's English or own name. A column without {@code ::} is in the default language.
 */
final class LanguageColumns {

    private static final Pattern CODE = Pattern.compile(".*\\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\)\\s*");

    private LanguageColumns() {
    }

    /** The column's base name ({@code label}) in lower case. */
    static String base(String header) {
        int at = separator(header);
        return (at < 0 ? header : header.substring(0, at)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the column is translated (has {@code ::}, or the older single {@code :} pyxform still reads). */
    static boolean translated(String header) {
        return separator(header) >= 0;
    }

    /** The language part after {@code ::}, as written. */
    static String languagePart(String header) {
        int at = separator(header);
        if (at < 0) {
            return "";
        }
        return header.substring(header.startsWith("::", at) ? at + 2 : at + 1).strip();
    }

    private static int separator(String header) {
        int at = header.indexOf("::");
        if (at >= 0) {
            return at;
        }
        at = header.indexOf(':');
        // the older "label:English": only for the texts XLSForm translates, not for e.g. "jr:count"
        return at > 0 && TRANSLATED.contains(header.substring(0, at).strip().toLowerCase(Locale.ROOT)) ? at : -1;
    }

    private static final java.util.Set<String> TRANSLATED = java.util.Set.of("label", "hint", "constraint_message",
            "required_message", "description", "form_title", "guidance_hint", "media", "image", "audio", "video");

    /**
     * The language code a language part names: {@code English (en)} → {@code en}; {@code en} → {@code en};
     * {@code French} → {@code fr}; empty when it names no language this reader knows.
     */
    static Optional<String> code(String language) {
        String text = language.strip();
        Matcher matcher = CODE.matcher(text);
        if (matcher.matches()) {
            return Optional.of(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        if (text.matches("[A-Za-z]{2}")) {
            String code = text.toLowerCase(Locale.ROOT);
            return Arrays.asList(Locale.getISOLanguages()).contains(code) ? Optional.of(code) : Optional.empty();
        }
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(text)
                    || locale.getDisplayLanguage(locale).equalsIgnoreCase(text)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** How the writer names a language: its own name and code, e.g. {@code Français (fr)}, {@code English (en)}. */
    static String name(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String own = locale.getDisplayLanguage(locale);
        if (own.isEmpty() || own.equalsIgnoreCase(code)) {
            return code + " (" + code + ")";
        }
        return own.substring(0, 1).toUpperCase(locale) + own.substring(1) + " (" + code + ")";
    }
}
