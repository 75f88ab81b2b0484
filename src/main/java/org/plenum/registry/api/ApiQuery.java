package org.plenum.registry.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.web.ApiException;
import org.plenum.web.QueryValues;

/**
 * The query parameters of a read request, checked: Parline's {@code filter=field:op:value} (repeat
 * the parameter or separate conditions with {@code ;} to combine them), {@code page[number]},
 * {@code page[size]} (1–5000; a larger size, as Parline clients send, is clamped to 5000 and said in
 * {@code meta}), {@code fields=a,b} or {@code fields[type]=a,b} (names that are no field are left out and
 * listed in {@code meta.ignored_fields}, as Parline ignores them), {@code sort=a,-b},
 * {@code date_range[from]}/{@code date_range[to]} (the steps of time series that overlap the range),
 * {@code as_of=YYYY-MM-DD} and {@code known_at=YYYY-MM-DD} or an ISO instant, {@code history=all}. Anything else is
 * refused with an error naming the parameter.
 */
record ApiQuery(List<Filter> filters, int pageNumber, int pageSize, Optional<Set<String>> fields, List<SortKey> sort,
                Optional<LocalDate> asOf, Instant knownAt, Optional<Integer> requestedPageSize, List<String> ignoredFields,
                Optional<LocalDate> rangeFrom, Optional<LocalDate> rangeTo, boolean history) {

    ApiQuery(List<Filter> filters, int pageNumber, int pageSize, Optional<Set<String>> fields, List<SortKey> sort,
             Optional<LocalDate> asOf, Instant knownAt) {
        this(filters, pageNumber, pageSize, fields, sort, asOf, knownAt, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), false);
    }

    /** Whether a step of a time series overlaps {@code date_range[from]}..{@code date_range[to]}. */
    boolean inRange(Optional<LocalDate> from, Optional<LocalDate> to) {
        boolean afterStart = rangeFrom.isEmpty() || to.isEmpty() || !to.get().isBefore(rangeFrom.get());
        boolean beforeEnd = rangeTo.isEmpty() || from.isEmpty() || !from.get().isAfter(rangeTo.get());
        return afterStart && beforeEnd;
    }

    /**
     * Plenum's one addition for harvesters ({@code history=all}, decision 0027): every record (Parline's default lists
     * do not apply) and every field as a series of the values as recorded, single fields and the fields Parline shows
     * as one value included, each step with its valid time; Parline's read-time derivations (the day of
     * {@code last_election}) are left out. Said in {@code meta.history}, so that a harvester can tell a server that
     * honours it from one that ignores it.
     */
    static final String HISTORY = "history";
    static final String HISTORY_ALL = "all";

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 5000;

    record SortKey(String field, boolean descending) {
    }

    /** A query for a single record: only {@code fields}, {@code as_of} and {@code known_at} apply. */
    boolean forRecordOnly() {
        return filters.isEmpty() && sort.isEmpty();
    }

    static ApiQuery parse(Map<String, String[]> parameters, EntityType type, FieldNames names, boolean collection) {
        List<Filter> filters = new ArrayList<>();
        int pageNumber = 1;
        int pageSize = DEFAULT_PAGE_SIZE;
        Optional<Set<String>> fields = Optional.empty();
        List<SortKey> sort = new ArrayList<>();
        Optional<LocalDate> asOf = Optional.empty();
        Instant knownAt = EntityRecord.LATEST;
        Optional<Integer> requestedPageSize = Optional.empty();
        List<String> ignoredFields = new ArrayList<>();
        Optional<LocalDate> rangeFrom = Optional.empty();
        Optional<LocalDate> rangeTo = Optional.empty();
        boolean history = false;

        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            String name = entry.getKey();
            String[] values = entry.getValue();
            if (name.equals("fields") || name.equals("fields[" + type.resource() + "]")) {
                fields = Optional.of(parseFields(single(name, values), type, names, ignoredFields));
            } else if (name.equals("as_of")) {
                asOf = Optional.of(parseDate(name, single(name, values)));
            } else if (name.equals("known_at")) {
                knownAt = QueryValues.recordTime(name, single(name, values));
            } else if (name.equals("date_range[from]")) {
                rangeFrom = Optional.of(parseDate(name, single(name, values)));
            } else if (name.equals("date_range[to]")) {
                rangeTo = Optional.of(parseDate(name, single(name, values)));
            } else if (name.equals(HISTORY)) {
                if (!single(name, values).equals(HISTORY_ALL)) {
                    throw ApiException.badParameter(name, "invalid_history", "history takes one value, 'all': every record "
                            + "and every field as a series of the values as recorded, each with its valid time (decision 0027).");
                }
                history = true;
            } else if (!collection) {
                throw ApiException.badParameter(name, "unknown_parameter", "The parameter '" + name
                        + "' does not apply to a single record; use fields, as_of, known_at or history.");
            } else if (name.equals("filter")) {
                for (String value : values) {
                    for (String condition : value.split(";")) {
                        if (!condition.isBlank()) {
                            filters.add(parseFilter(condition.trim(), type, names));
                        }
                    }
                }
            } else if (name.startsWith("filter[")) {
                throw ApiException.badParameter(name, "unsupported_filter_syntax", "The bracket form '" + name
                        + "' is not supported: write filter=<field>:<op>:<value>, e.g. filter=country_code:eq:ES.");
            } else if (name.equals("page[number]")) {
                pageNumber = QueryValues.wholeNumber(name, single(name, values), 1, Integer.MAX_VALUE);
            } else if (name.equals("page[size]")) {
                int requested = QueryValues.wholeNumber(name, single(name, values), 1, Integer.MAX_VALUE);
                pageSize = Math.min(requested, MAX_PAGE_SIZE);
                requestedPageSize = requested > MAX_PAGE_SIZE ? Optional.of(requested) : Optional.empty();
            } else if (name.equals("sort")) {
                for (String key : single(name, values).split(",")) {
                    boolean descending = key.startsWith("-");
                    String field = descending ? key.substring(1) : key;
                    if (!field.equals("id") && !names.isField(type, field)) {
                        throw ApiException.badParameter(name, "unknown_field", "Cannot sort by '" + field + "': "
                                + type.resource() + " have no such field (see /api/v1/metadata/fields).");
                    }
                    sort.add(new SortKey(field, descending));
                }
            } else if (name.startsWith("fields[")) {
                throw ApiException.badParameter(name, "unknown_type", "'" + name + "' names another type; this collection is "
                        + type.resource() + ": use fields[" + type.resource() + "]=a,b or fields=a,b.");
            } else {
                throw ApiException.badParameter(name, "unknown_parameter", "Unknown query parameter '" + name
                        + "'. Known: filter, page[number], page[size], fields, sort, date_range[from], date_range[to], as_of, known_at, history.");
            }
        }
        if (history && asOf.isPresent()) {
            throw ApiException.badParameter("as_of", "conflicting_parameters", "history=all gives every value with its valid "
                    + "time; as_of picks the values of one day: give one of them.");
        }
        if (rangeFrom.isPresent() && rangeTo.isPresent() && rangeTo.get().isBefore(rangeFrom.get())) {
            throw ApiException.badParameter("date_range[to]", "invalid_date_range", "date_range[to] (" + rangeTo.get()
                    + ") is before date_range[from] (" + rangeFrom.get() + ").");
        }
        return new ApiQuery(List.copyOf(filters), pageNumber, pageSize, fields, List.copyOf(sort), asOf, knownAt,
                requestedPageSize, List.copyOf(ignoredFields), rangeFrom, rangeTo, history);
    }

    private static String single(String name, String[] values) {
        if (values.length != 1) {
            throw ApiException.badParameter(name, "repeated_parameter", "The parameter '" + name + "' is given "
                    + values.length + " times; give it once.");
        }
        return values[0];
    }

    /** The named fields; names that are no field of the type go to {@code ignored}, as Parline ignores them. */
    private static Set<String> parseFields(String value, EntityType type, FieldNames names, List<String> ignored) {
        Set<String> fields = new LinkedHashSet<>();
        for (String field : value.split(",")) {
            String f = field.trim();
            if (f.isEmpty()) {
                continue;
            }
            if (names.isField(type, f)) {
                fields.add(f);
            } else if (!ignored.contains(f)) {
                ignored.add(f);
            }
        }
        return fields;
    }

    static Filter parseFilter(String condition, EntityType type, FieldNames names) {
        String[] parts = condition.split(":", 3);
        if (parts.length < 3 || parts[0].isEmpty()) {
            throw ApiException.badParameter("filter", "malformed_filter", "The filter '" + condition
                    + "' is not of the form <field>:<op>:<value>, e.g. struct_parl_status.term:eq:lower_chamber.");
        }
        String path = parts[0];
        int dot = path.indexOf('.');
        String field = dot < 0 ? path : path.substring(0, dot);
        Optional<String> part = dot < 0 ? Optional.empty() : Optional.of(path.substring(dot + 1));
        if (!field.equals("id") && !names.isField(type, field)) {
            throw ApiException.badParameter("filter", "unknown_filter_field", "Cannot filter on '" + field + "': "
                    + type.resource() + " have no such field (see /api/v1/metadata/fields).");
        }
        if (part.isPresent() && !names.parts(type, field).contains(part.get())) {
            throw ApiException.badParameter("filter", "unknown_filter_field", "'" + path + "': the field " + field
                    + " has " + (names.parts(type, field).isEmpty() ? "no parts" : "only the parts " + names.parts(type, field)) + ".");
        }
        Filter.Operator op = Filter.Operator.of(parts[1]).orElseThrow(() -> ApiException.badParameter("filter",
                "unknown_filter_operator", "Unknown operator '" + parts[1] + "' in filter '" + condition
                        + "'; use eq, ne, gt, ge, lt, le, in or contains."));
        List<String> values = op == Filter.Operator.IN
                ? Arrays.stream(parts[2].split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList()
                : List.of(parts[2]);
        if (values.isEmpty()) {
            throw ApiException.badParameter("filter", "malformed_filter", "The filter '" + condition
                    + "' lists no value; write in:<value>,<value>, e.g. country_code:in:ES,FR.");
        }
        return new Filter(field, part, op, values);
    }


    private static LocalDate parseDate(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw ApiException.badParameter(name, "invalid_date", "'" + name + "' must be a date YYYY-MM-DD; it is '" + value + "'.");
        }
    }

    /** A date means the end of that day (UTC): everything published on or before it. */
}
