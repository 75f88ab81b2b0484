package org.plenum.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the compare tool is asked, with Parline's query names
 * ({@code /compare/?chart=map&field=current_women_percent&region=0&structure=any__upper_chamber&year_to=2010}):
 *
 * @param chart       {@code table}, {@code line}, {@code bar} or {@code map}
 * @param field       a chamber field of the data dictionary ({@code field})
 * @param region      an IPU region ({@code region}; {@code 0} or none: any)
 * @param subRegion   an IPU sub-region ({@code sub_region}; {@code 0} or none: any)
 * @param incomeGroup a World Bank income group ({@code income_group}; {@code 0} or none: any)
 * @param parliament  the parliaments' structure: {@code any}, {@code unicameral} or {@code bicameral} (the part of
 *                    {@code structure} before {@code __})
 * @param chamber     the chambers: {@code any}, {@code lower_chamber} (lower or single: {@code CC-LC01}),
 *                    {@code upper_chamber} ({@code CC-UC02}) or {@code unicameral} (single chambers only), the
 *                    part of {@code structure} after {@code __}
 * @param chambers    chambers chosen by hand ({@code chambers}, codes separated by commas or repeated); when given,
 *                    the other choices of chambers do not apply
 * @param yearFrom    the first year ({@code year_from})
 * @param yearTo      the last year ({@code year_to}); the map and the bar chart show this year
 */
public record CompareQuery(String chart, String field, Optional<String> region, Optional<String> subRegion,
                           Optional<String> incomeGroup, String parliament, String chamber, List<String> chambers,
                           int yearFrom, int yearTo) {

    public static final List<String> CHARTS = List.of("table", "line", "bar", "map");
    public static final List<String> PARLIAMENTS = List.of("any", "unicameral", "bicameral");
    public static final List<String> CHAMBER_TYPES = List.of("any", "lower_chamber", "upper_chamber", "unicameral");
    /** The most years one comparison covers. */
    public static final int MAX_YEARS = 100;

    public CompareQuery {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subRegion, "subRegion");
        Objects.requireNonNull(incomeGroup, "incomeGroup");
        chambers = List.copyOf(chambers);
    }

    /** {@code structure} as Parline writes it: {@code any__upper_chamber}. */
    public String structure() {
        return parliament + "__" + chamber;
    }

    /** Whether a chamber code is of the chamber type asked for (the parliament's structure is checked apart). */
    public boolean chamberTypeAccepts(String code, boolean bicameral) {
        return switch (chamber) {
            case "lower_chamber" -> code.endsWith("-LC01");
            case "upper_chamber" -> code.endsWith("-UC02");
            case "unicameral" -> code.endsWith("-LC01") && !bicameral;
            default -> true;
        };
    }
}
