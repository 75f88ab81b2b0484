package org.plenum.stats;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenum.stats.publication.PublishedReport;
import org.plenum.stats.publication.ReportPublications;
import org.springframework.stereotype.Component;

/**
 * {@code plenum publish [women-ranking|women-averages|all] [--year=Y --month=M]}: an editor publishes a month's
 * reports by hand (the current month by default; all reports by default). A month never published gets revision 1;
 * a published month whose report changed gets a new revision, and the changes are printed; an unchanged one nothing.
 * Exit status 0 when done, 1 when the month cannot be published, 2 for a wrong command line.
 */
@Component
public class PublishCommandLine {

    public static final String USAGE = "usage: plenum publish [" + PublishedReport.ids().replace(", ", "|") + "|all] [--year=Y --month=M]";

    private final ReportPublications publications;

    PublishCommandLine(ReportPublications publications) {
        this.publications = publications;
    }

    /**
     * @param args    the words after {@code publish}: the report, if any
     * @param options the {@code --name=value} options; Spring's own ({@code --PLENUM_DATA_DIR}, {@code --spring.…}) are
     *                skipped
     */
    public int run(List<String> args, List<String> options, PrintStream out, PrintStream err) {
        Parsed parsed;
        try {
            parsed = parse(args, options);
        } catch (WrongCommandLine e) {
            err.println(e.getMessage());
            return 2;
        }
        List<PublishedReport> reports = parsed.reports();
        YearMonth month = parsed.month();
        for (PublishedReport report : reports) {
            ReportPublications.Result result;
            try {
                result = publications.publish(report, month, "editor (plenum publish)");
            } catch (IllegalArgumentException e) {
                err.println("plenum publish: " + e.getMessage());
                return 1;
            }
            String id = result.publication().id();
            out.println(switch (result.outcome()) {
                case PUBLISHED -> id + ": published as number " + result.publication().number() + ", revision 1";
                case REVISED -> id + ": revision " + result.publication().revision() + ", " + result.changes().size() + " changes:";
                case UNCHANGED -> id + ": unchanged since revision " + result.publication().revision();
                case PUBLISHED_ELSEWHERE -> id + ": revision " + result.publication().revision() + " was just published by another node";
            } + " (data publication " + result.publication().dataPublication() + ")");
            result.changes().forEach(change -> out.println("  " + change));
        }
        return 0;
    }

    /**
     * Checks the command line without starting anything (the month is not checked against the data).
     *
     * @return the message for a wrong command line (exit status 2), empty when it is right
     */
    public static Optional<String> check(List<String> args, List<String> options) {
        try {
            parse(args, options);
            return Optional.empty();
        } catch (WrongCommandLine e) {
            return Optional.of(e.getMessage());
        }
    }

    private record Parsed(List<PublishedReport> reports, YearMonth month) {
    }

    private static final class WrongCommandLine extends RuntimeException {
        WrongCommandLine(String message) {
            super(message);
        }
    }

    private static Parsed parse(List<String> args, List<String> options) {
        if (args.size() > 1) {
            throw new WrongCommandLine("plenum publish: one report or all, got " + String.join(" ", args) + "\n" + USAGE);
        }
        List<PublishedReport> reports = new ArrayList<>();
        String name = args.isEmpty() ? "all" : args.get(0);
        if (name.equals("all")) {
            reports.addAll(List.of(PublishedReport.values()));
        } else if (PublishedReport.byId(name).isPresent()) {
            reports.add(PublishedReport.byId(name).get());
        } else {
            throw new WrongCommandLine("plenum publish: unknown report '" + name + "'\n" + USAGE);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String option : options) {
            String key = option.substring(2).split("=", 2)[0];
            if (key.contains(".") || key.equals(key.toUpperCase(Locale.ROOT)) && key.matches(".*[A-Z].*")) {
                continue;
            }
            if (!key.equals("year") && !key.equals("month")) {
                throw new WrongCommandLine("plenum publish: unknown option --" + key + "\n" + USAGE);
            }
            if (!option.contains("=")) {
                throw new WrongCommandLine("plenum publish: --" + key + " needs a value: --" + key + "=... or --" + key + " ...");
            }
            parameters.put(key, option.substring(option.indexOf('=') + 1));
        }
        try {
            return new Parsed(reports, month(parameters));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new WrongCommandLine("plenum publish: " + e.getMessage());
        }
    }

    private static YearMonth month(Map<String, String> parameters) {
        String year = parameters.get("year");
        String month = parameters.get("month");
        if (year == null && month == null) {
            return YearMonth.now(ZoneOffset.UTC);
        }
        if (year == null || month == null) {
            throw new IllegalArgumentException("--" + (year == null ? "year" : "month") + " is missing: give both --year and --month, or neither (the current month)");
        }
        if (!year.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("--year must be a year such as 2025; it is '" + year + "'");
        }
        if (!month.matches("[0-9]{1,2}") || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
            throw new IllegalArgumentException("--month must be 1 to 12; it is '" + month + "'");
        }
        return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    }
}
