package org.plenum.hubs;

import java.util.List;
import java.util.Optional;

/**
 * The share of the world's parliaments taking part in at least one hub in a year, computed from the membership
 * history (decision 0064, docs/hubs-participation.md), with IPU's published figure for the year beside it when there
 * is one.
 *
 * @param members        n: the parliaments of the registry that were members of at least one hub during the year
 * @param parliaments    the denominator: the parliaments of the registry in that year
 * @param percent        100 × members / parliaments
 * @param memberCodes    the members counted (country codes, sorted)
 * @param assumedStart   how many of them are counted from their hub's establishment date because their own join
 *                       date is not known
 * @param notPlaced      memberships that cannot be placed in time (no join date, and their hub's establishment date is
 *                       not known): counted in no year
 * @param outsideRegistry members of the year that are not parliaments of the registry that year (not counted)
 * @param ipu            IPU's published share for the year, as IPU's
 */
public record ParticipationYear(int year, int members, int parliaments, double percent, List<String> memberCodes,
                                int assumedStart, int notPlaced, List<String> outsideRegistry,
                                Optional<IpuFigure> ipu) {

    public ParticipationYear {
        memberCodes = List.copyOf(memberCodes);
        outsideRegistry = List.copyOf(outsideRegistry);
    }

    /**
     * A figure IPU published, kept as IPU's with its source.
     *
     * @param percent    the share IPU published, in percent
     * @param population who IPU's share is of, in IPU's words
     */
    public record IpuFigure(int year, double percent, String population, String source, Optional<String> sourceUrl) {
    }
}
