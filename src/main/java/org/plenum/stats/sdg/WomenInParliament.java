package org.plenum.stats.sdg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.stats.SdgObservation;
import org.plenum.stats.SdgSeries;

/**
 * SDG 5.5.1(a), seats held by women in the lower or single chamber on the reference date: {@code SG_GEN_PARL}
 * (women / current members × 100, rounded as {@link Rounding#percent}), {@code SG_GEN_PARLN} (women) and
 * {@code SG_GEN_PARLNT} (current members: seats filled, not statutory seats), per country and, from the sums of
 * women and of seats, per IPU region and for the world.
 */
final class WomenInParliament {

    static final String WOMEN = "women";
    static final String SEATS = "seats";

    private WomenInParliament() {
    }

    static List<SdgObservation> observations(SdgSeries series, List<SdgChamber> chambers, Areas areas) {
        List<Aggregation.Contribution> countries = new ArrayList<>();
        for (SdgChamber chamber : chambers) {
            if (chamber.kind() != SdgSeries.Chamber.LOWER_OR_SINGLE) {
                continue;
            }
            countries.add(new Aggregation.Contribution(country(series, chamber, areas), areas.region(chamber.country())));
        }
        List<SdgObservation> out = new ArrayList<>(countries.stream().map(Aggregation.Contribution::observation).toList());
        out.addAll(Aggregation.aggregate(series, countries, new Aggregation.Rule(List.of(WOMEN, SEATS),
                sums -> new Aggregation.Computed(value(series, sums.get(WOMEN), sums.get(SEATS)), List.of()))));
        return out;
    }

    private static SdgObservation country(SdgSeries series, SdgChamber chamber, Areas areas) {
        Optional<String> code = Optional.of(chamber.code());
        if (chamber.composition() instanceof SdgChamber.Counted counted) {
            BigDecimal women = BigDecimal.valueOf(counted.women());
            BigDecimal seats = BigDecimal.valueOf(counted.members());
            return SdgObservation.of(series, areas.country(chamber.country()), code, value(series, women, seats),
                    List.of(new SdgObservation.Component(WOMEN, women), new SdgObservation.Component(SEATS, seats)),
                    chamber.notes(), counted.sources());
        }
        SdgChamber.Unknown unknown = (SdgChamber.Unknown) chamber.composition();
        return SdgObservation.missing(series, areas.country(chamber.country()), code, unknown.reason(), List.of(),
                chamber.notes(), unknown.sources());
    }

    private static BigDecimal value(SdgSeries series, BigDecimal women, BigDecimal seats) {
        return switch (series) {
            case SG_GEN_PARL -> Rounding.percent(women, seats);
            case SG_GEN_PARLN -> women;
            case SG_GEN_PARLNT -> seats;
            default -> throw new IllegalArgumentException(series + " is not a series of SDG 5.5.1(a)");
        };
    }
}
