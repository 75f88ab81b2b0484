package org.plenum.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One chamber's figures on a reference date, as a ranking row shows them.
 *
 * @param chamberCode   e.g. {@code RW-LC01}
 * @param lastElection  the {@code last_election} true on the date, as recorded: {@code 2024-07} (month),
 *                      {@code 2024} or {@code 2024-07-15}; empty when none is recorded
 * @param members       current members (seats filled); for a chamber with a documented seat basis, the seats
 *                      of that basis (see {@code seatBasisNote})
 * @param women         current women members
 * @param womenPercent  women / members × 100 rounded as IPU does ({@link org.plenum.registry.ShareOfWomen});
 *                      present exactly when both counts are known and members is above 0
 * @param seatBasisNote the chamber's documented seat basis, e.g. South Africa's upper house: "… calculated on
 *                      the basis of the 54 permanent seats"
 * @param suspended     whether the chamber is suspended on the date
 * @param countedSince  since when the numbers of members and of women used are stated: the later start of the two
 *                      facts true on the date; empty when neither has a start. A reader sees from it how old the
 *                      figures of a month are (e.g. IPU's historical figures of 2018 still standing in 2024)
 */
public record ChamberFigures(String chamberCode, Optional<String> lastElection, Headcount members, Headcount women,
                             Optional<BigDecimal> womenPercent, Optional<String> seatBasisNote, boolean suspended,
                             Optional<LocalDate> countedSince) {

    public ChamberFigures {
        Objects.requireNonNull(chamberCode, "chamberCode");
        Objects.requireNonNull(lastElection, "lastElection");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(women, "women");
        Objects.requireNonNull(womenPercent, "womenPercent");
        Objects.requireNonNull(seatBasisNote, "seatBasisNote");
        Objects.requireNonNull(countedSince, "countedSince");
    }

    /** Whether the numbers of members and of women are both known (the chamber counts in the averages). */
    public boolean genderBreakdownKnown() {
        return womenPercent.isPresent();
    }

    /** Members who are not women, when both counts are known. */
    public OptionalLong men() {
        return genderBreakdownKnown() ? OptionalLong.of(members.value().getAsLong() - women.value().getAsLong())
                : OptionalLong.empty();
    }

    /** The month of the last election, when it is recorded to the month or the day ({@code 07.2024} in IPU's tables). */
    public Optional<YearMonth> lastElectionMonth() {
        return lastElection.filter(d -> d.length() >= 7).map(d -> YearMonth.parse(d.substring(0, 7)));
    }
}
