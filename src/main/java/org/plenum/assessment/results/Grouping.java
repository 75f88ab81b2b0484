package org.plenum.assessment.results;

import java.util.List;
import java.util.Optional;
import org.plenum.assessment.Respondent;

/** What a breakdown groups respondents by: the IPU region or the World Bank income group at the time of answering. */
public enum Grouping {
    REGION("region", "ipu_region"),
    INCOME_GROUP("income_group", "income_group");

    /** The income groups from lowest to highest: their ordinal (1–4) is what the correlation uses. */
    public static final List<String> INCOME_ORDER = List.of("low_income", "lower_middle_income", "upper_middle_income",
            "high_income");

    private final String parameter;
    private final String taxonomy;

    Grouping(String parameter, String taxonomy) {
        this.parameter = parameter;
        this.taxonomy = taxonomy;
    }

    /** The name in addresses: {@code ?by=region}, {@code ?by=income_group}. */
    public String parameter() {
        return parameter;
    }

    /** The registry's taxonomy of the groups' codes and names. */
    public String taxonomy() {
        return taxonomy;
    }

    public Optional<String> of(Respondent respondent) {
        return this == REGION ? respondent.region() : respondent.incomeGroup();
    }

    public static Optional<Grouping> parse(String value) {
        for (Grouping g : values()) {
            if (g.parameter.equals(value)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The income group's ordinal, 1 (low income) to 4 (high income). */
    public static Optional<Integer> incomeOrdinal(String incomeGroup) {
        int i = INCOME_ORDER.indexOf(incomeGroup);
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }
}
