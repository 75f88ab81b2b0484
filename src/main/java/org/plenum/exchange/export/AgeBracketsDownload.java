package org.plenum.exchange.export;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.stats.youth.AgeAggregate;
import org.plenum.stats.youth.AgeBracketsReport;
import org.plenum.stats.youth.ChamberAges;

/**
 * The youth figures of a month as a download: one row per chamber (reported by the chamber, or computed from its
 * members' birth dates), then the aggregate over the chambers with data, from counts.
 */
final class AgeBracketsDownload {

    static final String REPORT = "age-brackets";
    static final String AGGREGATE = "aggregate";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final List<String> MEASURES = List.of(AgeAggregate.UP_TO_30, AgeAggregate.UP_TO_40,
            AgeAggregate.UP_TO_45, AgeAggregate.MEAN);

    private AgeBracketsDownload() {
    }

    static Download of(AgeBracketsReport report, String query, Provenance provenance, ExportFormat format) {
        StringBuilder notes = new StringBuilder("**Notes** :\n\n*   Ages in whole years on the first day of the month;"
                + " members without a usable birth date are counted and left out of the shares and the mean.\n*   The"
                + " aggregate is computed from counts (a reported share weighed by the chamber's members), never as an"
                + " average of percentages.");
        report.aggregate().notAggregated().forEach((chamber, why) ->
                notes.append("\n*   ").append(chamber).append(" is not in the aggregate: ").append(why));
        List<MetadataLine> metadata = provenance.metadata("Age of members of national parliaments",
                PERIOD.format(report.date()), "-", "Any", REPORT, "/api/v1/reports/age-brackets", query, format,
                notes.toString());
        List<List<Object>> tidyRows = new ArrayList<>();
        report.chambers().forEach(c -> tidyRows.add(tidyRow(c)));
        tidyRows.add(aggregateRow(report.aggregate()));
        TidyTable tidy = new TidyTable(List.of("chamber_code", "method", "members", "members_of_known_age",
                "without_birth_date", "unusable_birth_date", "aged_30_or_under", "aged_40_or_under", "aged_45_or_under",
                "percent_30_or_under", "percent_40_or_under", "percent_45_or_under", "mean_age"), tidyRows);
        IpuTable ipu = new IpuTable(List.of(List.of("Chamber", "Method", "Members", "% aged 30 or under",
                "% aged 40 or under", "% aged 45 or under", "Mean age")),
                tidyRows.stream().map(r -> List.of(text(r.get(0), "All chambers with data"), text(r.get(1), ""),
                        text(r.get(2), "-"), text(r.get(9), "-"), text(r.get(10), "-"), text(r.get(11), "-"),
                        text(r.get(12), "-"))).toList());
        return new Download(REPORT + "-" + YearMonth.from(report.date()), metadata, ipu, tidy);
    }

    private static String text(Object value, String otherwise) {
        if (value == null) {
            return otherwise;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static List<Object> tidyRow(ChamberAges c) {
        return Arrays.asList(c.chamber(), c.method().name().toLowerCase(Locale.ROOT), number(c.members()),
                number(c.knownAge()), number(c.withoutBirthDate()), number(c.unusableBirthDate()), number(c.upTo30()),
                number(c.upTo40()), number(c.upTo45()), c.shareUpTo30().orElse(null), c.shareUpTo40().orElse(null),
                c.shareUpTo45().orElse(null), c.meanAge().orElse(null));
    }

    private static List<Object> aggregateRow(AgeAggregate aggregate) {
        List<Object> row = new ArrayList<>(Arrays.asList(null, AGGREGATE,
                MEASURES.stream().mapToLong(m -> measure(aggregate, m).map(AgeAggregate.Measure::members).orElse(0L))
                        .max().orElse(0L), null, null, null, null, null, null));
        MEASURES.forEach(m -> row.add(measure(aggregate, m).flatMap(AgeAggregate.Measure::value).orElse(null)));
        return row;
    }

    private static Optional<AgeAggregate.Measure> measure(AgeAggregate aggregate, String id) {
        return Optional.ofNullable(aggregate.measures().get(id));
    }

    private static Integer number(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
