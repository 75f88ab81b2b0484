package org.plenum.stats.sdg;

import java.util.Optional;
import org.plenum.registry.FactValue;
import org.plenum.registry.TimedValue;
import org.plenum.stats.SdgSeries;

/**
 * The age of eligibility of a chamber (the lowest age at which one can be a member), the lower bound of the population
 * 16.7.1(a) compares members with. Plenum bundles no source for it, so:
 * <ul>
 *   <li>a value recorded in the chamber's field {@code eligibility_age} on the reference date is used;</li>
 *   <li>otherwise a lower or single chamber takes {@value #DEFAULT_LOWER_CHAMBER}, the most common age of eligibility
 *       for lower and single chambers, and every value computed with it says so;</li>
 *   <li>an upper chamber takes no default: ages of eligibility for upper chambers range from 18 to 40 and more, so any
 *       default would be a guess; its ratios are missing until an age is recorded.</li>
 * </ul>
 */
record EligibilityAge(int years, boolean isDefault, Optional<String> source) {

    static final String FIELD = "eligibility_age";
    static final int DEFAULT_LOWER_CHAMBER = 18;

    /** The age of eligibility of the chamber, or why there is none. */
    sealed interface Resolution {
    }

    record Known(EligibilityAge age) implements Resolution {
    }

    record Unknown(String reason) implements Resolution {
    }

    static Resolution of(RegistryAtDate at, SdgChamber chamber) {
        Optional<TimedValue> step = at.value(chamber.chamber(), FIELD);
        if (step.isPresent() && step.get().value() instanceof FactValue.Present present) {
            return new Known(new EligibilityAge(Integer.parseInt(present.value()), false, Optional.of(step.get().source())));
        }
        if (chamber.kind() == SdgSeries.Chamber.LOWER_OR_SINGLE) {
            return new Known(new EligibilityAge(DEFAULT_LOWER_CHAMBER, true, Optional.empty()));
        }
        return new Unknown("age of eligibility: not recorded for this upper chamber (field " + FIELD + ")"
                + step.map(s -> ": " + ((FactValue.Missing) s.value()).reason()).orElse("")
                + "; Plenum uses no default for upper chambers");
    }

    String note() {
        return isDefault
                ? "age of eligibility " + years + ": Plenum's default for lower and single chambers (no " + FIELD
                        + " recorded for this chamber)"
                : "age of eligibility " + years + " (" + source.orElse(FIELD) + ")";
    }
}
