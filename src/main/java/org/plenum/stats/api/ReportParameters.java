package org.plenum.stats.api;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.web.ApiException;
import org.plenum.web.QueryValues;

/**
 * The query parameters of a report request, checked: {@code year} and {@code month} (both required),
 * {@code known_at} (a date, meaning the end of that day UTC, or an ISO instant), and the report's own optional
 * parameters. Anything else is refused with an error naming the parameter: nothing is silently ignored.
 */
record ReportParameters(YearMonth month, Instant knownAt, Map<String, String> options) {

    static final String YEAR = "year";
    static final String MONTH = "month";
    static final String KNOWN_AT = "known_at";

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    static ReportParameters parse(Map<String, String[]> parameters, Set<String> optional) {
        return parse(parameters, optional, Optional.empty());
    }

    /**
     * As {@link #parse(Map, Set)}; without both {@code year} and {@code month}, the latest month with data as published
     * at {@code known_at} (Parline answers its reports for the latest month without them).
     */
    static ReportParameters parse(Map<String, String[]> parameters, Set<String> optional,
                                  Optional<java.util.function.Function<Instant, Optional<YearMonth>>> latest) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (!name.equals(YEAR) && !name.equals(MONTH) && !name.equals(KNOWN_AT) && !optional.contains(name)) {
                throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name + "'. Known: year, month, "
                        + "known_at" + (optional.isEmpty() ? "" : ", " + String.join(", ", new java.util.TreeSet<>(optional))) + ".");
            }
            if (entry.getValue().length != 1) {
                throw ApiException.badParameter(name, "repeated_parameter", "The parameter '" + name + "' is given "
                        + entry.getValue().length + " times; give it once.");
            }
            if (optional.contains(name)) {
                options.put(name, entry.getValue()[0].trim());
            }
        }
        String year = single(parameters, YEAR);
        String month = single(parameters, MONTH);
        String knownAtText = single(parameters, KNOWN_AT);
        Instant knownAtValue = knownAtText == null ? EntityRecord.LATEST : QueryValues.recordTime(KNOWN_AT, knownAtText);
        if (year == null && month == null && latest.isPresent()) {
            YearMonth latestMonth = latest.get().apply(knownAtValue).orElseThrow(() -> ApiException.badParameter(
                    knownAtText == null ? YEAR : KNOWN_AT, "no_data", "There are no data" + (knownAtText == null ? ""
                            : " as published at " + knownAtValue) + ": no chamber figures had been published."));
            return new ReportParameters(latestMonth, knownAtValue, Map.copyOf(options));
        }
        if (year == null || month == null) {
            String missing = year == null ? YEAR : MONTH;
            throw ApiException.badParameter(missing, "missing_parameter", "The parameter" + (year == null && month == null
                    ? "s 'year' and 'month' are" : " '" + missing + "' is") + " required: the report is for one month, "
                    + "e.g. year=2025&month=11.");
        }
        int y = QueryValues.wholeNumber(YEAR, year, 1, 9999);
        int m = QueryValues.wholeNumber(MONTH, month, 1, 12);
        String knownAt = single(parameters, KNOWN_AT);
        return new ReportParameters(YearMonth.of(y, m), knownAt == null ? EntityRecord.LATEST : QueryValues.recordTime(KNOWN_AT, knownAt),
                Map.copyOf(options));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0].trim();
    }


}
