package org.plenum.stats.youth;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenum.web.ApiException;

/**
 * The query of {@code /api/v1/reports/age-brackets}: {@code year} and {@code month} (the report is of the first day of
 * that month; without both, of the current month, as Parline answers the latest without them) and optionally
 * {@code chamber} (a chamber code). Anything else, a repeated parameter, one of year and month without the other or a
 * bad value is a 400 naming the parameter.
 */
record ReportParameters(LocalDate date, Optional<String> chamber) {

    private static final Set<String> KNOWN = Set.of("year", "month", "chamber");
    private static final Pattern CHAMBER = Pattern.compile("([A-Z]{2}|[A-Z]{4})-(LC|UC)[0-9]{2}");

    static ReportParameters parse(Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                        + "'; this report takes year, month and chamber.");
            }
        }
        if (!parameters.containsKey("year") && !parameters.containsKey("month")) {
            LocalDate thisMonth = LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1);
            return new ReportParameters(thisMonth, chamber(parameters));
        }
        int year = number(parameters, "year", 1000, 9999);
        int month = number(parameters, "month", 1, 12);
        return new ReportParameters(LocalDate.of(year, month, 1), chamber(parameters));
    }

    private static Optional<String> chamber(Map<String, String[]> parameters) {
        Optional<String> chamber = single(parameters, "chamber");
        if (chamber.isPresent() && !CHAMBER.matcher(chamber.get()).matches()) {
            throw ApiException.badParameter("chamber", "invalid_chamber_code", "'chamber' must be a chamber code such as "
                    + "ES-LC01; it is '" + chamber.get() + "'.");
        }
        return chamber;
    }

    private static int number(Map<String, String[]> parameters, String name, int min, int max) {
        String value = single(parameters, name).orElseThrow(() -> ApiException.badParameter(name, "missing_parameter",
                "The parameter '" + name + "' is required: the report is of the first day of the month year=YYYY&month=M."));
        if (!value.matches("[0-9]{1,4}")) {
            throw ApiException.badParameter(name, "not_a_number", "'" + name + "' must be a whole number; it is '" + value + "'.");
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw ApiException.badParameter(name, "out_of_range", "'" + name + "' must be between " + min + " and " + max
                    + "; it is " + number + ".");
        }
        return number;
    }

    private static Optional<String> single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw ApiException.badParameter(name, "repeated_parameter", "The parameter '" + name + "' is given "
                    + values.length + " times; give it once.");
        }
        return Optional.of(values[0]);
    }
}
