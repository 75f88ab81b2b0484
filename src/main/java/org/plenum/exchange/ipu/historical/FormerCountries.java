package org.plenum.exchange.ipu.historical;

import java.util.Map;
import java.util.Optional;

/**
 * The countries in IPU's historical workbook that no longer exist, by their code (ISO 3166-3, see
 * {@code exchange/country-aliases.csv}), with their names in English (as IPU writes them) and in
 * French. A former country is still a country of its time: the reader declares it and gives it
 * {@code country_name} and {@code is_former_country}. Countries that continued under the same code
 * (West Germany as DE, North Yemen as YE) are not former countries here.
 *
 * <p>South Viet Nam has no ISO 3166-3 code: ISO 3166 gave it VN in 1974 and, when the country was
 * unified, kept VN for unified Viet Nam (North Viet Nam's VD became VDVN). Mapping it to VN would join
 * the Republic of Viet Nam's chambers (including an upper chamber) to those of today's Viet Nam, which
 * continue North Viet Nam's National Assembly. Plenum gives it {@code VNVN}, built by the ISO 3166-3
 * rule (former alpha-2 code + successor's alpha-2 code), which ISO itself cannot ever assign: a
 * 3166-3 code is made only when its first two letters are withdrawn, and then they cannot also name
 * the successor. (A form such as {@code VNSV} would read, by that rule, as "VN became El Salvador".)
 *
 * <p>Yugoslavia: ISO kept YU for the Federal Republic of Yugoslavia (1992-2003) and then withdrew it
 * as YUCS; both Yugoslavias of the workbook are therefore {@code YUCS}, one country entity named
 * "Yugoslavia", whose chambers' facts follow each other in time.
 */
final class FormerCountries {

    record Names(String english, String french) {
    }

    private static final Map<String, Names> BY_CODE = Map.of(
            "SUHH", new Names("USSR", "URSS"),
            "CSHH", new Names("Czechoslovakia", "Tchécoslovaquie"),
            "DDDE", new Names("Germany (Democratic Republic)", "Allemagne (République démocratique)"),
            "YUCS", new Names("Yugoslavia", "Yougoslavie"),
            "CSXX", new Names("Serbia and Montenegro", "Serbie-et-Monténégro"),
            "VDVN", new Names("Viet Nam North (Democratic Republic of)", "Viet Nam du Nord (République démocratique du)"),
            "VNVN", new Names("Viet Nam South (Republic of)", "Viet Nam du Sud (République du)"),
            "YDYE", new Names("Yemen South (People's Democratic Republic)",
                    "Yémen du Sud (République démocratique populaire du)"));

    private FormerCountries() {
    }

    static Optional<Names> names(String countryCode) {
        return Optional.ofNullable(BY_CODE.get(countryCode));
    }
}
