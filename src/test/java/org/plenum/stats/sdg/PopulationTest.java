package org.plenum.stats.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How five-year age groups are split by an age (SYNTHETIC group sizes: group i holds 100 × (i + 1) persons). */
class PopulationTest {

    private static final long[] GROUPS = groups();

    private static long[] groups() {
        long[] groups = new long[21];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = 100L * (i + 1);
        }
        return groups;
    }

    @Test
    void anAgeInsideAGroupTakesItsShareOfWholeYears() {
        // under 18: 0-4 (100) + 5-9 (200) + 10-14 (300) + ages 15, 16, 17 = 3/5 of 15-19 (400) = 240
        assertThat(Population.below(GROUPS, 18)).isEqualByComparingTo("840");
        // 45 or under = under 46: 0-44 (100 + … + 900 = 4,500) + age 45 = 1/5 of 45-49 (1,000) = 200
        assertThat(Population.below(GROUPS, 46)).isEqualByComparingTo("4700");
        // an age at a group's start takes the groups before it whole and nothing of it
        assertThat(Population.below(GROUPS, 20)).isEqualByComparingTo("1000");
        assertThat(Population.below(GROUPS, 0)).isEqualByComparingTo(BigDecimal.ZERO);
        // a fifth of an odd group is exact, not rounded
        long[] odd = new long[21];
        odd[3] = 7;
        assertThat(Population.below(odd, 18)).isEqualByComparingTo("4.2");
    }

    @Test
    void agesOutsideTheGroupsAreRefused() {
        assertThatThrownBy(() -> Population.below(GROUPS, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Population.below(GROUPS, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
