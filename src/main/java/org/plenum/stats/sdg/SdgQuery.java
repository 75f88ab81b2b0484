package org.plenum.stats.sdg;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.registry.EntityRecord;
import org.plenum.stats.SdgSeries;
import org.plenum.web.ApiException;

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
                case "known_at" -> knownAt = knownAt(value);
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

    /** A date means the end of that day (UTC): everything published on or before it. */
    private static Instant knownAt(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw ApiException.badParameter("known_at", "invalid_date", "'known_at' must be a date YYYY-MM-DD or a time "
                    + "such as 2025-12-01T12:00:00Z; it is '" + value + "'.");
        }
    }
}
