package org.plenum.hubs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The method of the participation over time (decision 0064; written out for readers in docs/hubs-participation.md
 * and on the {@code /hubs} page). For each year Y:
 * <ol>
 *   <li>A membership is <em>during</em> Y when it began on or before 31 December of Y and did not end before
 *       1 January of Y (a membership that ends in Y counts in Y). Its beginning is its join date; when that is not
 *       known, its hub's establishment date (counted as "assumed start"); when neither is known, the membership
 *       cannot be placed in time and counts in no year ("not placed").</li>
 *   <li>n is the number of distinct parliaments with at least one membership during Y (a parliament in two hubs
 *       counts once) that are parliaments of the registry in Y; members that are not (e.g. a country the registry
 *       does not have that year) are listed apart and not counted.</li>
 *   <li>The share is 100 × n / the number of parliaments of the registry in Y.</li>
 * </ol>
 * Dates keep their precision: a membership joined "2019" began on or before 31 December 2019; one that left "2021-03"
 * was a member during 2021.
 */
public final class Participation {

    private Participation() {
    }

    /**
     * The years {@code from}…{@code to}.
     *
     * @param memberships     every membership of every hub
     * @param established     each hub's establishment date (hub code → date; empty or absent: not known)
     * @param parliamentsOf   the registry's parliaments (country codes) in a year
     * @param ipu             IPU's published figures by year
     */
    public static List<ParticipationYear> compute(List<HubMembership> memberships, Map<String, Optional<HubDate>> established,
                                                  int from, int to, IntFunction<Set<String>> parliamentsOf,
                                                  Map<Integer, ParticipationYear.IpuFigure> ipu) {
        List<ParticipationYear> years = new ArrayList<>();
        int notPlaced = 0;
        for (HubMembership m : memberships) {
            if (start(m, established).isEmpty()) {
                notPlaced++;
            }
        }
        for (int year = from; year <= to; year++) {
            Set<String> parliaments = parliamentsOf.apply(year);
            Set<String> members = new TreeSet<>();
            Set<String> assumed = new TreeSet<>();
            Set<String> outside = new TreeSet<>();
            Set<String> dated = new TreeSet<>();
            for (HubMembership m : memberships) {
                if (!during(m, established, year)) {
                    continue;
                }
                if (!parliaments.contains(m.parliament())) {
                    outside.add(m.parliament());
                    continue;
                }
                members.add(m.parliament());
                if (m.joined().isPresent()) {
                    dated.add(m.parliament());
                } else {
                    assumed.add(m.parliament());
                }
            }
            assumed.removeAll(dated);
            int denominator = parliaments.size();
            double percent = denominator == 0 ? 0 : 100.0 * members.size() / denominator;
            years.add(new ParticipationYear(year, members.size(), denominator, percent, List.copyOf(members),
                    assumed.size(), notPlaced, List.copyOf(outside), Optional.ofNullable(ipu.get(year))));
        }
        return years;
    }

    /** Whether the membership was one during the year (see the class's description). */
    static boolean during(HubMembership m, Map<String, Optional<HubDate>> established, int year) {
        Optional<HubDate> start = start(m, established);
        if (start.isEmpty() || start.get().year() > year) {
            return false;
        }
        return m.left().map(left -> left.year() >= year).orElse(true);
    }

    /** When the membership began: its join date, else its hub's establishment date, else not known. */
    static Optional<HubDate> start(HubMembership m, Map<String, Optional<HubDate>> established) {
        return m.joined().or(() -> established.getOrDefault(m.hub(), Optional.empty()));
    }
}
