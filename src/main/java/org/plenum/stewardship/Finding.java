package org.plenum.stewardship;

import java.util.List;
import java.util.Objects;

/**
 * What a check found in a submission, shown next to the field it is about.
 *
 * @param position the item's position (1, 2, …), or 0 for the submission as a whole
 * @param field    the field it is about (a field of the catalogue, or {@code valid_from}, {@code source_title},
 *                 {@code source_url}, {@code note}, {@code chamber})
 * @param severity an error blocks sending; a warning needs the correspondent's note on the item
 * @param code     the message key in {@code i18n/stewardship*.properties} ({@code stewardship.check.*})
 * @param args     the message's arguments, as text
 */
public record Finding(int position, String field, Severity severity, String code, List<String> args) {

    public enum Severity {
        ERROR, WARNING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Finding error(int position, String field, String code, Object... args) {
        return new Finding(position, field, Severity.ERROR, code, texts(args));
    }

    public static Finding warning(int position, String field, String code, Object... args) {
        return new Finding(position, field, Severity.WARNING, code, texts(args));
    }

    private static List<String> texts(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }
}
