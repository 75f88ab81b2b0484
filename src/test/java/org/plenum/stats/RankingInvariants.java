package org.plenum.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of IPU's ranking, checked on a computed ranking independently of how it was computed: competition and
 * dense ranks from the shares, ditto marks, the order of the rows, unranked and suspended rows, and the world
 * average of lower and single chambers. Used on generated registries and on every month of the real data.
 */
public final class RankingInvariants {

    /** IPU's alphabetical order: English, accents and case ignored (the oracle is independent of the code under test). */
    private static final Collator NAMES = collator();

    private RankingInvariants() {
    }

    public static void check(WomenRanking ranking, WomenAverages averages) {
        List<WomenRankingRow> rows = ranking.rows();
        List<WomenRankingRow> ranked = ranking.rows(Standing.RANKED);
        String month = ranking.month().toString();
        for (int i = 0; i < rows.size(); i++) {
            WomenRankingRow row = rows.get(i);
            assertThat(row.position()).as("%s position of %s", month, row.countryCode()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(row.standing().ordinal()).as("%s: ranked, then unranked, then suspended (%s)", month, row.countryCode())
                        .isGreaterThanOrEqualTo(rows.get(i - 1).standing().ordinal());
            }
            if (row.standing() != Standing.RANKED) {
                assertThat(row.rank().isEmpty() && row.trueRank().isEmpty() && row.denseRank().isEmpty() && !row.ditto())
                        .as("%s: %s is %s and has no rank", month, row.countryCode(), row.standing()).isTrue();
                assertThat(row.womenPercent()).isEmpty();
            }
            if (row.standing() == Standing.SUSPENDED) {
                assertThat(row.lowerChamber().suspended()).isTrue();
                assertThat(row.rankLabel()).isEqualTo("Suspended");
            }
            if (row.standing() == Standing.UNRANKED) {
                assertThat(row.lowerChamber().genderBreakdownKnown()).isFalse();
            }
            boolean sameGroup = i > 0 && row.standing() == rows.get(i - 1).standing()
                    && (row.standing() != Standing.RANKED || sameShare(row, rows.get(i - 1)));
            if (sameGroup && row.standing() == Standing.RANKED) {
                // ties: plain code-point order of the name, as IPU lists them (Cyprus before Côte d'Ivoire)
                assertThat(rows.get(i - 1).countryName().compareTo(row.countryName()))
                        .as("%s: %s before %s (same share: code-point order)", month, rows.get(i - 1).countryName(),
                                row.countryName()).isLessThanOrEqualTo(0);
            } else if (sameGroup) {
                assertThat(NAMES.compare(rows.get(i - 1).countryName(), row.countryName()))
                        .as("%s: %s before %s (same group: alphabetical)", month, rows.get(i - 1).countryName(),
                                row.countryName()).isLessThanOrEqualTo(0);
            }
        }
        for (int i = 0; i < ranked.size(); i++) {
            WomenRankingRow row = ranked.get(i);
            BigDecimal share = row.womenPercent().orElseThrow();
            long higher = ranked.stream().filter(r -> r.womenPercent().orElseThrow().compareTo(share) > 0).count();
            long distinctHigher = ranked.stream().map(r -> r.womenPercent().orElseThrow()).filter(p -> p.compareTo(share) > 0)
                    .map(BigDecimal::stripTrailingZeros).distinct().count();
            assertThat(row.rank().getAsInt()).as("%s: competition rank of %s", month, row.countryCode()).isEqualTo(1 + higher);
            assertThat(row.trueRank().getAsInt()).isEqualTo(row.rank().getAsInt());
            assertThat(row.denseRank().getAsInt()).as("%s: dense rank of %s", month, row.countryCode()).isEqualTo(1 + distinctHigher);
            boolean tiedWithAbove = i > 0 && sameShare(ranked.get(i - 1), row);
            assertThat(row.ditto()).as("%s: ditto of %s", month, row.countryCode()).isEqualTo(tiedWithAbove);
            if (i > 0) {
                assertThat(share).as("%s: shares never rise down the table", month)
                        .isLessThanOrEqualTo(ranked.get(i - 1).womenPercent().orElseThrow());
            }
        }
        long seats = ranked.stream().mapToLong(r -> r.lowerChamber().members().value().getAsLong()).sum();
        long women = ranked.stream().mapToLong(r -> r.lowerChamber().women().value().getAsLong()).sum();
        Optional<WomenAverage> world = averages.average(Area.WORLD_ID, ChamberGroup.LOWER);
        assertThat(world).isPresent();
        assertThat(List.of(world.get().chamberCount(), world.get().seats(), world.get().women()))
                .as("%s: the world average of lower chambers sums the ranked rows", month)
                .containsExactly((int) ranked.size(), seats, women);
    }

    private static boolean sameShare(WomenRankingRow a, WomenRankingRow b) {
        return a.womenPercent().isPresent() && b.womenPercent().isPresent()
                && a.womenPercent().get().compareTo(b.womenPercent().get()) == 0;
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
