package org.plenum.exchange.export;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a download or export asks for: the report, the format and the report's parameters by name (the query
 * parameters of {@code /api/v1/downloads/{report}}, the {@code --options} of {@code plenum export}; the same
 * names). Every check names the parameter it fails on.
 */
public record ExportRequest(String report, ExportFormat format, Map<String, String> parameters) {

    public ExportRequest {
        parameters = Map.copyOf(parameters);
    }

    /** Reads the format and the parameters; {@code format} is required, nothing is defaulted. */
    public static ExportRequest of(String report, Map<String, String> options) {
        Map<String, String> parameters = new LinkedHashMap<>(options);
        String name = Optional.ofNullable(parameters.remove("format")).orElseThrow(() -> new BadExportParameter(
                "format", "missing_parameter", "The parameter 'format' is required: one of " + formats() + "."));
        ExportFormat format = ExportFormat.byId(name).orElseThrow(() -> new BadExportParameter("format",
                "unknown_format", "Unknown format '" + name + "'; the formats are " + formats() + "."));
        return new ExportRequest(report, format, parameters);
    }

    /** The format names, for messages. */
    public static String formats() {
        return String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList());
    }

    /** Fails on a parameter the report does not take. */
    void allow(Set<String> known) {
        for (String name : new TreeSet<>(parameters.keySet())) {
            if (!known.contains(name)) {
                throw new BadExportParameter(name, "unknown_parameter", "Unknown parameter '" + name + "'; the report "
                        + report + " takes " + String.join(", ", new TreeSet<>(known)) + " (and format).");
            }
        }
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    String required(String name, String what) {
        return optional(name).orElseThrow(() -> new BadExportParameter(name, "missing_parameter",
                "The parameter '" + name + "' is required: " + what + "."));
    }

    int number(String name, int min, int max) {
        String value = required(name, "a whole number from " + min + " to " + max);
        return number(name, value, min, max);
    }

    static int number(String name, String value, int min, int max) {
        if (!value.matches("[0-9]{1,4}")) {
            throw new BadExportParameter(name, "not_a_number", "'" + name + "' must be a whole number; it is '" + value + "'.");
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new BadExportParameter(name, "out_of_range", "'" + name + "' must be between " + min + " and " + max
                    + "; it is " + number + ".");
        }
        return number;
    }

    /** {@code year} and {@code month}: the report is of the first day of that month. */
    YearMonth month() {
        int year = number("year", 1000, 9999);
        return YearMonth.of(year, number("month", 1, 12));
    }
}
