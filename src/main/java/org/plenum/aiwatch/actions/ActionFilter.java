package org.plenum.aiwatch.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.aiwatch.PartialDate;

/**
 * The filters of the tracker's list, its downloads and its API, by the same query parameters: {@code country} (ISO
 * alpha-2 or EU), {@code region} (IPU region), {@code income_group}, {@code type}, {@code status}, {@code year} (of any
 * of the action's dates) and {@code publisher} ({@code ipu} or {@code other}). Blank means any.
 */
public record ActionFilter(Optional<String> country, Optional<String> region, Optional<String> incomeGroup,
                           Optional<ActionType> type, Optional<ActionStatus> status, Optional<Integer> year,
                           Optional<String> publisher) {

    public static final List<String> PARAMETERS = List.of("country", "region", "income_group", "type", "status", "year",
            "publisher");
    public static final ActionFilter NONE = new ActionFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** A filter's value that cannot be used: the parameter and why. */
    public static final class BadFilter extends RuntimeException {
        private final String parameter;

        BadFilter(String parameter, String detail) {
            super(detail);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Reads the filters from a request's parameters (other parameters are the caller's business). */
    public static ActionFilter parse(Map<String, String[]> parameters, ActionCountries countries) {
        Optional<String> country = value(parameters, "country").map(String::toUpperCase);
        if (country.isPresent() && !countries.exists(country.get())) {
            throw new BadFilter("country", "'" + country.get() + "' is no country code (ISO 3166-1 alpha-2, or EU)");
        }
        Optional<String> region = value(parameters, "region");
        if (region.isPresent() && !countries.regionCodes().contains(region.get())) {
            throw new BadFilter("region", "'" + region.get() + "' is not one of " + String.join(", ", countries.regionCodes()));
        }
        Optional<String> income = value(parameters, "income_group");
        if (income.isPresent() && !ActionCountries.INCOME_ORDER.contains(income.get())) {
            throw new BadFilter("income_group", "'" + income.get() + "' is not one of "
                    + String.join(", ", ActionCountries.INCOME_ORDER));
        }
        Optional<ActionType> type = Optional.empty();
        Optional<String> typeCode = value(parameters, "type");
        if (typeCode.isPresent()) {
            type = Optional.of(ActionType.ofCode(typeCode.get()).orElseThrow(() -> new BadFilter("type", "'"
                    + typeCode.get() + "' is not one of " + String.join(", ", codes(ActionType.values())))));
        }
        Optional<ActionStatus> status = Optional.empty();
        Optional<String> statusCode = value(parameters, "status");
        if (statusCode.isPresent()) {
            status = Optional.of(ActionStatus.ofCode(statusCode.get()).orElseThrow(() -> new BadFilter("status", "'"
                    + statusCode.get() + "' is not one of " + String.join(", ", codes(ActionStatus.values())))));
        }
        Optional<Integer> year = Optional.empty();
        Optional<String> yearText = value(parameters, "year");
        if (yearText.isPresent()) {
            if (!yearText.get().matches("\\d{4}")) {
                throw new BadFilter("year", "'" + yearText.get() + "' is not a year (four digits)");
            }
            year = Optional.of(Integer.parseInt(yearText.get()));
        }
        Optional<String> publisher = value(parameters, "publisher");
        if (publisher.isPresent() && !List.of("ipu", "other").contains(publisher.get())) {
            throw new BadFilter("publisher", "'" + publisher.get() + "' is not ipu or other");
        }
        return new ActionFilter(country, region, income, type, status, year, publisher);
    }

    private static List<String> codes(Object[] values) {
        List<String> codes = new ArrayList<>();
        for (Object v : values) {
            codes.add(v instanceof ActionType t ? t.code() : ((ActionStatus) v).code());
        }
        return codes;
    }

    private static Optional<String> value(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? Optional.empty()
                : Optional.ofNullable(values[0]).map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean matches(ActionRecord record, ActionCountries countries) {
        var a = record.action();
        return country.map(a.country()::equals).orElse(true)
                && region.map(r -> countries.region(a.country()).filter(r::equals).isPresent()).orElse(true)
                && incomeGroup.map(i -> countries.incomeGroup(a.country()).filter(i::equals).isPresent()).orElse(true)
                && type.map(t -> a.type() == t).orElse(true)
                && status.map(s -> a.status() == s).orElse(true)
                && year.map(y -> years(record).contains(y)).orElse(true)
                && publisher.map(p -> a.ipu() == p.equals("ipu")).orElse(true);
    }

    /** The years of an action's dates (introduced, adopted, in force). */
    static List<Integer> years(ActionRecord record) {
        var a = record.action();
        List<Integer> years = new ArrayList<>();
        a.introduced().map(PartialDate::year).ifPresent(years::add);
        a.adopted().map(PartialDate::year).ifPresent(years::add);
        a.inForce().map(PartialDate::year).ifPresent(years::add);
        return years;
    }

    /** The filters set, as query parameters in {@link #PARAMETERS}' order. */
    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        country.ifPresent(v -> q.put("country", v));
        region.ifPresent(v -> q.put("region", v));
        incomeGroup.ifPresent(v -> q.put("income_group", v));
        type.ifPresent(v -> q.put("type", v.code()));
        status.ifPresent(v -> q.put("status", v.code()));
        year.ifPresent(v -> q.put("year", v.toString()));
        publisher.ifPresent(v -> q.put("publisher", v));
        return q;
    }

    /** The query string of the filters set ({@code country=AR&type=bill}), empty when none. */
    public String queryString() {
        List<String> pairs = new ArrayList<>();
        query().forEach((k, v) -> pairs.add(k + "=" + org.plenum.web.PageContext.encode(v)));
        return String.join("&", pairs);
    }
}
