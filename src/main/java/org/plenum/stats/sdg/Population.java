package org.plenum.stats.sdg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.TimedValue;

/**
 * A country's population by sex in the 21 five-year age groups of UN World Population Prospects ({@code 00_04} …
 * {@code 95_99}, {@code 100_plus}; country fields {@code population_female_<group>}, {@code population_male_<group>}),
 * as valid on the reference date.
 *
 * <p><b>Ages inside a group.</b> The groups are apportioned by whole years of age, assuming the persons of a group are
 * spread evenly over its five years: the persons aged under {@code a} are the groups that end below {@code a} plus
 * {@code (a − start) / 5} of the group that contains {@code a}. So "aged 18 or over" takes 2/5 of the 15-19 group
 * (ages 18 and 19) and "aged 45 or under" takes 1/5 of the 45-49 group (age 45). Values are exact (multiples of a
 * fifth of a person), never rounded before a ratio is taken.
 */
final class Population {

    static final List<String> GROUPS = groups();
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final int OPEN_GROUP_START = 100;

    private final long[] female;
    private final long[] male;
    private final LocalDate statedOn;
    private final List<String> sources;

    private Population(long[] female, long[] male, LocalDate statedOn, List<String> sources) {
        this.female = female.clone();
        this.male = male.clone();
        this.statedOn = statedOn;
        this.sources = List.copyOf(sources);
    }

    /** Population by sex and group (each array in the order of {@link #GROUPS}). */
    static Population of(long[] female, long[] male, LocalDate statedOn, List<String> sources) {
        if (female.length != GROUPS.size() || male.length != GROUPS.size()) {
            throw new IllegalArgumentException("expected " + GROUPS.size() + " age groups per sex");
        }
        return new Population(female, male, statedOn, sources);
    }

    /** The first day of the latest population figure used (mid-year of the estimate). */
    LocalDate statedOn() {
        return statedOn;
    }

    List<String> sources() {
        return sources;
    }


    private static List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (int from = 0; from < OPEN_GROUP_START; from += 5) {
            groups.add(String.format("%02d_%02d", from, from + 4));
        }
        groups.add("100_plus");
        return List.copyOf(groups);
    }

    /** The population valid on the date, or empty when any of the 42 groups is not. */
    static Optional<Population> of(RegistryAtDate at, EntityRecord country) {
        long[] female = new long[GROUPS.size()];
        long[] male = new long[GROUPS.size()];
        List<String> sources = new ArrayList<>();
        LocalDate statedOn = LocalDate.MIN;
        for (int i = 0; i < GROUPS.size(); i++) {
            for (String sex : List.of("female", "male")) {
                Optional<TimedValue> step = at.value(country, "population_" + sex + "_" + GROUPS.get(i));
                Optional<String> persons = at.present(country, "population_" + sex + "_" + GROUPS.get(i));
                if (step.isEmpty() || persons.isEmpty()) {
                    return Optional.empty();
                }
                (sex.equals("female") ? female : male)[i] = Long.parseLong(persons.get());
                sources.add(step.get().source());
                LocalDate from = step.get().from().orElse(LocalDate.MIN);
                statedOn = from.isAfter(statedOn) ? from : statedOn;
            }
        }
        return Optional.of(new Population(female, male, statedOn, Sources.summarize(sources)));
    }

    BigDecimal total() {
        return below(female, OPEN_GROUP_START).add(below(male, OPEN_GROUP_START))
                .add(BigDecimal.valueOf(female[GROUPS.size() - 1] + male[GROUPS.size() - 1]));
    }

    BigDecimal femaleTotal() {
        return below(female, OPEN_GROUP_START).add(BigDecimal.valueOf(female[GROUPS.size() - 1]));
    }

    /** Persons of both sexes aged under {@code age} (0 to 100). */
    BigDecimal below(int age) {
        return below(female, age).add(below(male, age));
    }

    BigDecimal femaleBelow(int age) {
        return below(female, age);
    }

    static BigDecimal below(long[] groups, int age) {
        if (age < 0 || age > OPEN_GROUP_START) {
            throw new IllegalArgumentException("age " + age + " is outside 0-100");
        }
        BigDecimal persons = BigDecimal.ZERO;
        for (int i = 0; i < GROUPS.size() - 1; i++) {
            int start = 5 * i;
            if (start + 4 < age) {
                persons = persons.add(BigDecimal.valueOf(groups[i]));
            } else if (start < age) {
                persons = persons.add(BigDecimal.valueOf(groups[i]).multiply(BigDecimal.valueOf(age - start))
                        .divide(FIVE));
            }
        }
        return persons;
    }
}
