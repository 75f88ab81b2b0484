package org.plenum.exchange.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.stats.ChamberFigures;
import org.plenum.stats.Headcount;
import org.plenum.stats.ShareChange;
import org.plenum.stats.WomenRanking;
import org.plenum.stats.WomenRankingRow;

/**
 * The women ranking of a month as a download. IPU's table: Rank (number, ditto mark, empty for an unranked
 * row, "Suspended"), Country, then Elections (MM.YYYY), Seats, Women, % W of the lower or single chamber and of
 * the upper chamber, {@code -} for an unknown value and in all four upper cells when there is no upper chamber;
 * the chambers' seat bases are country notes in Dataset notes ("South Africa: …"), as IPU writes them. The tidy
 * table adds what IPU's lacks: the true and dense ranks, the chamber codes and the changes since the previous
 * month and the year before.
 */
final class WomenRankingDownload {

    static final String REPORT = "women-ranking";
    static final String TITLE = "Monthly ranking of women in national parliaments";
    private static final DateTimeFormatter ELECTION = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String UNKNOWN = "-";
    private static final List<String> CHAMBER_COLUMNS = List.of("chamber_code", "last_election", "members", "women",
            "women_percent", "counted_since", "seat_basis_note");
    private static final List<String> CHANGE_COLUMNS = List.of("since", "earlier_percent", "earlier_rank",
            "percent_points", "ranks_gained");
    static final String GENERAL_NOTES = """
            **Notes** :

            *   The data in this table have been compiled by the Inter-Parliamentary Union on the basis of \
            information provided by national parliaments. Plenum computes the ranking from these counts by IPU's method.
            *   Parliaments are classified according to the percentage of seats held by women in lower or single \
            parliamentary chambers.
            *   The figures correspond to the number of seats filled in parliament on the first day of the month.
            *   When countries appear at the bottom of the table with no ranking number, it means that data on the \
            number of women in the single or lower parliamentary chambers are not available on that day.""";

    private WomenRankingDownload() {
    }

    static Download of(WomenRanking ranking, Provenance provenance, ExportFormat format) {
        String query = "year=" + ranking.month().getYear() + "&month=" + ranking.month().getMonthValue();
        List<MetadataLine> metadata = provenance.metadata(TITLE, PERIOD.format(ranking.month()), UNKNOWN, "Any",
                REPORT, "/api/v1/reports/women-ranking", query, format, notes(ranking));
        IpuTable ipu = new IpuTable(List.of(
                List.of("Rank", "Country", "Lower or single House", "", "", "", "Upper chamber", "", "", ""),
                List.of("", "", "Elections", "Seats", "Women", "% W", "Elections", "Seats", "Women", "% W")),
                ranking.rows().stream().map(WomenRankingDownload::ipuRow).toList());
        return new Download(REPORT + "-" + ranking.month(), metadata, ipu,
                new TidyTable(tidyColumns(), ranking.rows().stream().map(WomenRankingDownload::tidyRow).toList()));
    }

    private static String notes(WomenRanking ranking) {
        StringBuilder notes = new StringBuilder(GENERAL_NOTES);
        for (WomenRankingRow row : ranking.rows()) {
            List<Optional<String>> seatNotes = List.of(row.lowerChamber().seatBasisNote(),
                    row.upperChamber().flatMap(ChamberFigures::seatBasisNote));
            seatNotes.stream().flatMap(Optional::stream)
                    .forEach(note -> notes.append("\n*   ").append(row.countryName()).append(": ").append(note));
        }
        return notes.toString();
    }

    private static List<String> ipuRow(WomenRankingRow row) {
        List<String> cells = new ArrayList<>(List.of(row.rankLabel(), row.countryName()));
        cells.addAll(ipuChamber(row.lowerChamber()));
        cells.addAll(row.upperChamber().map(WomenRankingDownload::ipuChamber)
                .orElse(List.of(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN)));
        return cells;
    }

    private static List<String> ipuChamber(ChamberFigures chamber) {
        return List.of(chamber.lastElectionMonth().map(ELECTION::format).orElse(UNKNOWN), count(chamber.members()),
                count(chamber.women()), chamber.womenPercent().map(p -> p.toPlainString()).orElse(UNKNOWN));
    }

    private static String count(Headcount count) {
        return count.known() ? Long.toString(count.value().getAsLong()) : UNKNOWN;
    }

    private static List<String> tidyColumns() {
        List<String> columns = new ArrayList<>(Arrays.asList("position", "country_code", "country_name",
                "standing", "rank", "tied_with_row_above", "true_rank", "dense_rank"));
        for (String chamber : List.of("lower_", "upper_")) {
            CHAMBER_COLUMNS.forEach(c -> columns.add(chamber + c));
        }
        for (String since : List.of("previous_month_", "year_before_")) {
            CHANGE_COLUMNS.forEach(c -> columns.add(since + c));
        }
        return columns;
    }

    private static List<Object> tidyRow(WomenRankingRow row) {
        List<Object> cells = new ArrayList<>(Arrays.asList(row.position(), row.countryCode(), row.countryName(),
                row.standing().name().toLowerCase(Locale.ROOT), boxed(row.rank().isPresent(), row.rank().orElse(0)),
                row.ditto(), boxed(row.trueRank().isPresent(), row.trueRank().orElse(0)),
                boxed(row.denseRank().isPresent(), row.denseRank().orElse(0))));
        cells.addAll(tidyChamber(Optional.of(row.lowerChamber())));
        cells.addAll(tidyChamber(row.upperChamber()));
        cells.addAll(tidyChange(row.sincePreviousMonth()));
        cells.addAll(tidyChange(row.sinceYearBefore()));
        return cells;
    }

    private static Integer boxed(boolean present, int value) {
        return present ? value : null;
    }

    private static List<Object> tidyChamber(Optional<ChamberFigures> figures) {
        if (figures.isEmpty()) {
            return Arrays.asList(new Object[CHAMBER_COLUMNS.size()]);
        }
        ChamberFigures chamber = figures.get();
        return Arrays.asList(chamber.chamberCode(), chamber.lastElection().orElse(null), number(chamber.members()),
                number(chamber.women()), chamber.womenPercent().orElse(null),
                chamber.countedSince().map(Object::toString).orElse(null), chamber.seatBasisNote().orElse(null));
    }

    private static Long number(Headcount count) {
        return count.known() ? count.value().getAsLong() : null;
    }

    private static List<Object> tidyChange(Optional<ShareChange> change) {
        if (change.isEmpty()) {
            return Arrays.asList(new Object[CHANGE_COLUMNS.size()]);
        }
        ShareChange c = change.get();
        return Arrays.asList(c.since().toString(), c.earlierPercent(), c.earlierRank(), c.percentPoints(),
                c.ranksGained());
    }
}
