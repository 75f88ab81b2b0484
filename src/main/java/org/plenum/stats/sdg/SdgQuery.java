package org.plenum.stats.sdg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.registry.EntityRecord;
import org.plenum.stats.SdgSeries;
import org.plenum.web.ApiException;
import org.plenum.web.QueryValues;

/**
 * The parameters of {@code GET /api/v1/reports/sdg}, checked: {@code year} (required), {@code series} (comma-separated
 * series codes; when absent, every series that has a reference date in the year), {@code areas} ({@code all},
 * {@code countries} or {@code aggregates}), {@code format} ({@code json} or an exchange format's id) and
 * {@code known_at} (a date, meaning the end of that day in UTC, or an ISO instant). Anything else is refused with an
 * error naming the parameter.
 */
record SdgQuery(int year, List<SdgSeries> series, Areas areas, Optional<String> format, Instant knownAt) {

    static final String JSON = "json";

    /** Which observations to include. */
    enum Areas {
        ALL, COUNTRIES, AGGREGATES
    }

    static SdgQuery parse(Map<String, String[]> parameters, List<String> formats) {
        Integer year = null;
        List<SdgSeries> series = List.of();
        Areas areas = Areas.ALL;
        Optional<String> format = Optional.empty();
        Instant knownAt = EntityRecord.LATEST;
        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            String name = entry.getKey();
            String value = single(name, entry.getValue()).trim();
            switch (name) {
                case "year" -> year = year(value);
                case "series" -> series = series(value);
                case "areas" -> areas = areas(value);
                case "format" -> format = Optional.of(format(value, formats));
                case "known_at" -> knownAt = QueryValues.recordTime("known_at", value);
                default -> throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                        + "'. Known: year, series, areas, format, known_at.");
            }
        }
        if (year == null) {
            throw ApiException.badParameter("year", "missing_parameter", "'year' is required, e.g. year=2025.");
        }
        return new SdgQuery(year, series, areas, format, knownAt);
    }

    private static String single(String name, String[] values) {
        if (values.length != 1) {
            throw ApiException.badParameter(name, "repeated_parameter", "The parameter '" + name + "' is given "
                    + values.length + " times; give it once.");
        }
        return values[0];
    }

    private static int year(String value) {
        if (!value.matches("[0-9]{4}")) {
            throw ApiException.badParameter("year", "invalid_year", "'year' must be a year such as 2025; it is '" + value + "'.");
        }
        return Integer.parseInt(value);
    }

    private static List<SdgSeries> series(String value) {
        List<SdgSeries> series = new ArrayList<>();
        for (String code : value.split(",")) {
            String c = code.trim();
            if (c.isEmpty()) {
                continue;
            }
            SdgSeries s = Arrays.stream(SdgSeries.values()).filter(x -> x.code().equals(c)).findFirst()
                    .orElseThrow(() -> ApiException.badParameter("series", "unknown_series", "Unknown series '" + c
                            + "'. Known: " + Arrays.stream(SdgSeries.values()).map(SdgSeries::code)
                            .collect(Collectors.joining(", ")) + "."));
            if (!series.contains(s)) {
                series.add(s);
            }
        }
        if (series.isEmpty()) {
            throw ApiException.badParameter("series", "invalid_series", "'series' names no series; leave it out for all.");
        }
        return List.copyOf(series);
    }

    private static Areas areas(String value) {
        return switch (value) {
            case "all" -> Areas.ALL;
            case "countries" -> Areas.COUNTRIES;
            case "aggregates" -> Areas.AGGREGATES;
            default -> throw ApiException.badParameter("areas", "invalid_areas", "'areas' must be all, countries or "
                    + "aggregates; it is '" + value + "'.");
        };
    }

    private static String format(String value, List<String> formats) {
        if (value.equals(JSON) || formats.contains(value)) {
            return value;
        }
        throw ApiException.badParameter("format", "unknown_format", "Unknown format '" + value + "'. Known: " + JSON
                + (formats.isEmpty() ? "" : ", " + String.join(", ", formats)) + ".");
    }

}
