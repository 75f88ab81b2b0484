package org.plenum.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the women ranking: a country, its place, and the figures of its chambers on the reference date.
 * It holds everything IPU's table prints (rank or ditto mark, IPU's country name, each chamber's election
 * month, seats, women and % W) and what IPU's table lacks (true and dense rank, changes since the previous
 * month and the year before).
 *
 * @param position           1-based place in the table, all rows counted
 * @param countryCode        e.g. {@code RW}
 * @param countryName        the country's English name as IPU writes it ("Gambia (The)"), by which ties,
 *                           unranked and suspended rows are ordered
 * @param countryNameFrench  the French name, when recorded
 * @param standing           ranked, unranked or suspended
 * @param rank               standard competition rank (1, 2, 2, 4) on the rounded share; empty unless ranked
 * @param ditto              whether the row is tied with the row above: IPU's table prints a ditto mark (“)
 *                           instead of the repeated rank
 * @param trueRank           1 + the number of countries with a strictly higher share. It equals
 *                           {@code rank} by construction (that is what a competition rank is), and is
 *                           computed separately and given because IPU's table, with its ditto marks, does
 *                           not show it
 * @param denseRank          1 + the number of distinct shares higher than this one (1, 2, 2, 3)
 * @param lowerChamber       the lower or single chamber ({@code CC-LC01}), by whose share the country is ranked
 * @param upperChamber       the upper chamber ({@code CC-UC02}), unranked, when the parliament has one on the date
 * @param sincePreviousMonth change since the previous month's ranking; empty unless ranked in both months
 * @param sinceYearBefore    change since the ranking 12 months before; empty unless ranked in both months
 */
public record WomenRankingRow(int position, String countryCode, String countryName, Optional<String> countryNameFrench,
                              Standing standing, OptionalInt rank, boolean ditto, OptionalInt trueRank,
                              OptionalInt denseRank, ChamberFigures lowerChamber, Optional<ChamberFigures> upperChamber,
                              Optional<ShareChange> sincePreviousMonth, Optional<ShareChange> sinceYearBefore) {

    /** IPU's ditto mark, printed in the Rank column of a row tied with the row above. */
    public static final String DITTO_MARK = "\u201C";
    /** What IPU's Rank column says for a suspended parliament. */
    public static final String SUSPENDED_LABEL = "Suspended";

    public WomenRankingRow {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(countryName, "countryName");
        Objects.requireNonNull(countryNameFrench, "countryNameFrench");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(lowerChamber, "lowerChamber");
        Objects.requireNonNull(upperChamber, "upperChamber");
        Objects.requireNonNull(sincePreviousMonth, "sincePreviousMonth");
        Objects.requireNonNull(sinceYearBefore, "sinceYearBefore");
        if ((standing == Standing.RANKED) != rank.isPresent() || rank.isPresent() != trueRank.isPresent()
                || rank.isPresent() != denseRank.isPresent() || (ditto && rank.isEmpty())) {
            throw new IllegalArgumentException(countryCode + ": only a ranked row has ranks and may be a ditto row");
        }
    }

    /** The share of women in the lower or single chamber, by which the row is ranked; empty unless ranked. */
    public Optional<BigDecimal> womenPercent() {
        return standing == Standing.RANKED ? lowerChamber.womenPercent() : Optional.empty();
    }

    /** The Rank cell of IPU's table: the rank, the ditto mark for a tie with the row above, empty, or "Suspended". */
    public String rankLabel() {
        return switch (standing) {
            case RANKED -> ditto ? DITTO_MARK : Integer.toString(rank.getAsInt());
            case UNRANKED -> "";
            case SUSPENDED -> SUSPENDED_LABEL;
        };
    }
}
