package org.plenum.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.registry.EntityRecord;
import org.plenum.web.ApiException;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.QueryValues;

/**
 * The query string of a statistics page, read the way Parline's pages read theirs: parameters the page does not
 * know are ignored (links carry tracking tags and {@code lang}), an empty value is the same as none (a GET form
 * sends {@code region=} for "all"), and a value the page cannot use is refused with a 400 page naming the
 * parameter ({@link BadPageRequestException}), never a guess and never a 500.
 */
public final class PageQuery {

    public static final String KNOWN_AT = "known_at";

    private final Map<String, String[]> parameters;

    public PageQuery(Map<String, String[]> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** The value of {@code name}, trimmed; empty when absent or blank; refused when given twice. */
    public Optional<String> text(String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw new BadPageRequestException(name, "The parameter '" + name + "' is given "
                    + values.length + " times; give it once.");
        }
        String value = values[0].strip();
        if (value.length() > 200) {
            throw new BadPageRequestException(name, "The parameter '" + name + "' is longer than 200 characters.");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Every value of {@code name}, each split at commas (a multiple select sends it repeatedly), without blanks. */
    public List<String> list(String name) {
        String[] values = parameters.getOrDefault(name, new String[0]);
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (String value : values) {
            for (String item : value.split(",", -1)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        if (items.size() > 500) {
            throw new BadPageRequestException(name, "The parameter '" + name + "' has more than 500 values.");
        }
        return new ArrayList<>(items);
    }

    /** A whole number from {@code min} to {@code max}; empty when absent. */
    public OptionalInt number(String name, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().matches("[+-]?[0-9]{1,9}")) {
            throw new BadPageRequestException(name, "'" + name + "' must be a whole number; it is '"
                    + value.get() + "'.");
        }
        try {
            return OptionalInt.of(QueryValues.wholeNumber(name, value.get(), min, max));
        } catch (ApiException e) {
            throw new BadPageRequestException(name, e.detail());
        }
    }

    /** {@code known_at}: the record time of "as published on"; {@link EntityRecord#LATEST} without it. */
    public Instant knownAt() {
        try {
            return text(KNOWN_AT).map(v -> QueryValues.recordTime(KNOWN_AT, v)).orElse(EntityRecord.LATEST);
        } catch (ApiException e) {
            throw new BadPageRequestException(KNOWN_AT, e.detail());
        }
    }

    /** {@code known_at} as given (for links that keep it), when given and valid. */
    public Optional<String> knownAtText() {
        knownAt();
        return text(KNOWN_AT);
    }

    /**
     * The month of a monthly page: {@code month} and {@code year} (Parline's names; its newer pages' {@code
     * date_month} and {@code date_year} are read too), both or neither; without them, {@code latest}. A month
     * outside {@code months} is refused, naming the parameter that takes it out.
     */
    public YearMonth month(MonthRange months, YearMonth latest) {
        String monthName = parameters.containsKey("date_month") && !parameters.containsKey("month") ? "date_month" : "month";
        String yearName = parameters.containsKey("date_year") && !parameters.containsKey("year") ? "date_year" : "year";
        OptionalInt month = number(monthName, 1, 12);
        OptionalInt year = number(yearName, 1000, 9999);
        if (month.isEmpty() && year.isEmpty()) {
            return latest;
        }
        if (month.isEmpty() || year.isEmpty()) {
            String missing = month.isEmpty() ? monthName : yearName;
            throw new BadPageRequestException(missing, "Give both '" + monthName + "' and '"
                    + yearName + "' (e.g. " + monthName + "=9&" + yearName + "=2021), or neither for the latest month.");
        }
        YearMonth asked = YearMonth.of(year.getAsInt(), month.getAsInt());
        if (!months.contains(asked)) {
            boolean yearOut = asked.getYear() < months.first().getYear() || asked.getYear() > months.last().getYear();
            throw new BadPageRequestException(yearOut ? yearName : monthName, "There are statistics for the months "
                    + months.first() + " to " + months.last() + " only; " + asked + " is not one of them.");
        }
        return asked;
    }
}
